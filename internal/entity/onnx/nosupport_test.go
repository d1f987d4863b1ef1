//go:build !ner_onnx

package onnx

import (
	"errors"
	"testing"

	"github.com/dyad-news/dyad/internal/entity/onnx/onnxtest"
)

// Without the ner_onnx tag a good model directory still fails, saying how
// to get a build that reads it.
func TestOpenWithoutRuntime(t *testing.T) {
	_, err := Open(onnxtest.Tiny(t))
	if !errors.Is(err, ErrNoSupport) {
		t.Fatalf("Open: %v, want ErrNoSupport", err)
	}
}
