//! Writes the printable posters (src/poster.rs: the region posters, the
//! youth posters, the reporter sheets, the sources pages) and the words of
//! the widget's youth and reporter views (src/poster/view.rs) into the folder given as the only
//! argument: the post-build step runs it for `dist/v1/`. Native only: a wasm
//! build of the crate's binaries (Trunk's) gets an empty one.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::{env, fs, path::PathBuf, process::ExitCode};

    let Some(out) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: posters <folder>");
        return ExitCode::FAILURE;
    };
    use know_the_signs::poster;
    // The pages, then the files of the widget's views beside them.
    for (path, html) in poster::all().into_iter().chain(poster::view::all()) {
        let file = out.join(path);
        let written = file
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&file, html));
        if let Err(e) = written {
            eprintln!("posters: cannot write {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
