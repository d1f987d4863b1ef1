//go:build !ner_onnx

package onnx

// load fails: this build has no model runtime (see ErrNoSupport).
func load(string) (tagger, error) { return nil, ErrNoSupport }
