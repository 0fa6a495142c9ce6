//! Lists `lexicons/<lang>/<category>.txt` so the defaults are embedded with `include_str!`:
//! a new category file needs no Rust change.
use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in ["en", "nl"] {
        let dir = root.join(lang);
        println!("cargo::rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
            .collect();
        files.sort();
        for path in files {
            println!("cargo::rerun-if-changed={}", path.display());
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            entries.push(format!(
                "    ({lang:?}, {stem:?}, include_str!({:?})),\n",
                path.display().to_string()
            ));
        }
    }
    let code = format!(
        "/// (language, category file, contents) of every embedded lexicon file.\n\
         pub static BUILTIN_FILES: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("builtin_lexicons.rs");
    fs::write(out, code).unwrap();
}
