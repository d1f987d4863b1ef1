// Package hardening holds dyad's proofs of robustness: a corpus of bad
// inputs (Cases; the small ones are committed under testdata/bad, the
// large ones are generated at test time), and the tests that run the
// built dyad binary on them and measure its time and peak memory, kill it
// in the middle of an ingest, and attack its server. See
// notes/README-hardening.md for what is proven and the figures.
package hardening
