//! Writes generated files of the ways partners install the widget
//! (src/package.rs), from the option list and the content:
//!   package <folder>              the npm package's (the post-build step: dist/npm/)
//!   package --wordpress <folder>  the WordPress plugin's data.php and block.json
//!   package --loader              prints what the post-build step writes
//!                                 into the loader and the frame, as JSON
//!                                 (src/loader.rs)
//!   package --groups              prints each region's reservation group,
//!                                 as JSON, for tests/fit.mjs
//! Native only: a wasm build of the crate's binaries (Trunk's) gets an empty one.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use know_the_signs::package;
    use std::{env, path::PathBuf, process::ExitCode};

    let args: Vec<String> = env::args().skip(1).collect();
    let json = |v: serde_json::Value| format!("{v:#}\n");
    let version = env!("CARGO_PKG_VERSION");
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["--loader"] => {
            println!("{}", know_the_signs::loader::values());
            ExitCode::SUCCESS
        }
        ["--groups"] => {
            println!("{}", know_the_signs::reserve::groups());
            ExitCode::SUCCESS
        }
        ["--wordpress", out] => write(
            &PathBuf::from(out),
            &[
                ("data.php", package::wordpress_data(version)),
                ("block.json", json(package::block_json(version))),
            ],
        ),
        [out] if !out.starts_with('-') => write(
            &PathBuf::from(out),
            &[
                ("package.json", json(package::package_json(version))),
                ("custom-elements.json", json(package::custom_elements())),
                ("index.d.ts", package::types()),
            ],
        ),
        _ => {
            eprintln!(
                "usage: package <folder> | package --wordpress <folder> | package --loader | package --groups"
            );
            ExitCode::FAILURE
        }
    }
}

/// Writes each (name, text) into `out`.
#[cfg(not(target_arch = "wasm32"))]
fn write(out: &std::path::Path, files: &[(&str, String)]) -> std::process::ExitCode {
    for (name, text) in files {
        if let Err(e) =
            std::fs::create_dir_all(out).and_then(|()| std::fs::write(out.join(name), text))
        {
            eprintln!("package: cannot write {name} in {}: {e}", out.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    std::process::ExitCode::SUCCESS
}
