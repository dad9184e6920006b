//! The built app's assets, served compressed: every agent downloads the WebAssembly
//! bundle, so its transfer size is a product figure (`docs/benchmarks.md`).
//!
//! At start the server writes a Brotli (`.br`, quality 11) and a gzip (`.gz`, level 9)
//! copy beside each `.wasm`, `.js` and `.css` file of the static directory, in a
//! background thread, and `ServeDir` answers with the smallest one the browser accepts
//! (`Accept-Encoding`). Until a copy is written the file is served as it is. A copy is
//! written to a temporary name and renamed, so a half-written one is never served, and is
//! kept while it is newer than its file (Trunk names assets by content hash, so a new
//! build brings new names anyway). `index.html` is left alone: it is small and must
//! always be the current one.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The extensions compressed.
const COMPRESSED: [&str; 3] = ["wasm", "js", "css"];

/// One file compressed: its size as it is, in Brotli and in gzip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compressed {
    /// The file.
    pub path: PathBuf,
    /// Bytes as built.
    pub raw: u64,
    /// Bytes of the `.br` copy.
    pub brotli: u64,
    /// Bytes of the `.gz` copy.
    pub gzip: u64,
}

/// Writes the missing or stale compressed copies of the assets directly in `dir`.
pub fn precompress(dir: &Path) -> io::Result<Vec<Compressed>> {
    let mut done = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSED.contains(&e));
        if !wanted || !path.is_file() {
            continue;
        }
        let data = std::fs::read(&path)?;
        let br = sibling(&path, "br");
        let gz = sibling(&path, "gz");
        // gzip first: it takes a fraction of Brotli 11's time, so browsers get a compressed
        // copy soon after a start, and one with a `.br` copy always has a `.gz` one too.
        if stale(&path, &gz) {
            write_atomically(&gz, &gzip_bytes(&data)?)?;
        }
        if stale(&path, &br) {
            write_atomically(&br, &brotli_bytes(&data)?)?;
        }
        done.push(Compressed {
            raw: data.len() as u64,
            brotli: std::fs::metadata(&br)?.len(),
            gzip: std::fs::metadata(&gz)?.len(),
            path,
        });
    }
    done.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(done)
}

/// Compresses in a background thread and reports the bundle's sizes on stderr.
pub fn precompress_in_background(dir: PathBuf) {
    std::thread::spawn(move || match precompress(&dir) {
        Ok(files) => {
            for f in files
                .iter()
                .filter(|f| f.path.extension().is_some_and(|e| e == "wasm"))
            {
                eprintln!(
                    "app bundle {}: {} KiB, served as {} KiB brotli / {} KiB gzip",
                    f.path.file_name().unwrap_or_default().to_string_lossy(),
                    f.raw / 1024,
                    f.brotli / 1024,
                    f.gzip / 1024,
                );
            }
        }
        Err(e) => eprintln!(
            "could not compress the app's files in {}: {e}",
            dir.display()
        ),
    });
}

fn sibling(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

/// Whether `copy` is missing or older than `file`.
fn stale(file: &Path, copy: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(file), modified(copy)) {
        (Some(f), Some(c)) => c < f,
        _ => true,
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = sibling(path, "tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

fn brotli_bytes(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 3);
    {
        // Quality 11 (best), window 2^24: the bundle is compressed once per build.
        let mut w = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 24);
        w.write_all(data)?;
        w.flush()?;
    }
    Ok(out)
}

fn gzip_bytes(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(data)?;
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// Bytes that compress like code: repeated words with variation.
    fn sample() -> Vec<u8> {
        (0..20_000u32)
            .flat_map(|i| format!("fn item_{}() {{ call({}); }}\n", i % 97, i).into_bytes())
            .collect()
    }

    #[test]
    fn assets_get_brotli_and_gzip_copies_that_give_back_the_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let wasm = dir.path().join("app-1a2b_bg.wasm");
        let data = sample();
        std::fs::write(&wasm, &data).unwrap();
        std::fs::write(dir.path().join("index.html"), "<html></html>").unwrap();

        let done = precompress(dir.path()).unwrap();
        assert_eq!(done.len(), 1, "only the asset, not index.html");
        let f = &done[0];
        assert_eq!(f.raw, data.len() as u64);
        assert!(f.brotli < f.gzip && f.gzip < f.raw / 4, "{f:?}");
        assert!(!dir.path().join("index.html.br").exists());

        let mut unbr = Vec::new();
        brotli::Decompressor::new(std::fs::File::open(sibling(&wasm, "br")).unwrap(), 4096)
            .read_to_end(&mut unbr)
            .unwrap();
        assert_eq!(unbr, data);
        let mut ungz = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(sibling(&wasm, "gz")).unwrap())
            .read_to_end(&mut ungz)
            .unwrap();
        assert_eq!(ungz, data);
    }

    #[test]
    fn a_copy_is_written_again_only_when_its_file_is_newer() {
        let dir = tempfile::tempdir().unwrap();
        let js = dir.path().join("app.js");
        std::fs::write(&js, sample()).unwrap();
        precompress(dir.path()).unwrap();
        let br = sibling(&js, "br");
        let first = std::fs::metadata(&br).unwrap().modified().unwrap();
        precompress(dir.path()).unwrap();
        assert_eq!(std::fs::metadata(&br).unwrap().modified().unwrap(), first);
        // A rebuilt file (newer than its copies) is compressed again.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&js, b"export const rebuilt = true;").unwrap();
        precompress(dir.path()).unwrap();
        let mut back = Vec::new();
        brotli::Decompressor::new(std::fs::File::open(&br).unwrap(), 4096)
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, b"export const rebuilt = true;");
    }
}
