//! Reads a supplier CSV on stdin and reports which SKU codes are well formed.

use std::io::{self, BufRead};

use ansi_term::Colour::{Green, Red};
use regex::Regex;
use smallvec::SmallVec;

fn main() {
    let sku = Regex::new(r"^[A-Z]{1,3}-\d{1,6}$").expect("valid SKU pattern");
    let started = time::now_utc();
    let mut accepted: SmallVec<[String; 16]> = SmallVec::new();
    let mut rejected = 0usize;
    for line in io::stdin().lock().lines() {
        let line = line.expect("readable stdin");
        let code = line.split(',').next().unwrap_or_default().trim();
        if sku.is_match(code) {
            accepted.push(code.to_string());
        } else {
            rejected += 1;
        }
    }
    println!("{} {} SKUs", Green.paint("accepted"), accepted.len());
    if rejected > 0 {
        eprintln!("{} {} lines", Red.paint("rejected"), rejected);
    }
    println!("took {} ms", (time::now_utc() - started).num_milliseconds());
}
