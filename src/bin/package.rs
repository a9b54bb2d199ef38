//! Writes the npm package's generated files (src/package.rs) into the folder
//! given as the only argument: the post-build step runs it for `dist/npm/`.
//! With `--names`, prints the options' names as JSON instead, which the
//! post-build step writes into the loader and the frame. Native only: a
//! wasm build of the crate's binaries (Trunk's) gets an empty one.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use know_the_signs::package;
    use std::{env, fs, path::PathBuf, process::ExitCode};

    let Some(out) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: package <folder> | package --names");
        return ExitCode::FAILURE;
    };
    if out.as_os_str() == "--names" {
        println!("{}", serde_json::json!(know_the_signs::attributes::NAMES));
        return ExitCode::SUCCESS;
    }
    let json = |v: serde_json::Value| format!("{v:#}\n");
    let files = [
        (
            "package.json",
            json(package::package_json(env!("CARGO_PKG_VERSION"))),
        ),
        ("custom-elements.json", json(package::custom_elements())),
        ("index.d.ts", package::types()),
    ];
    for (name, text) in files {
        if let Err(e) = fs::create_dir_all(&out).and_then(|()| fs::write(out.join(name), text)) {
            eprintln!("package: cannot write {name} in {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
