package store_test

import "github.com/dyad-news/dyad/internal/store"

// setAnswerCache is store.SetAnswerCache (a separate file, so that the
// benchmark file also runs against stores that have no such cache).
func setAnswerCache(on bool) { store.SetAnswerCache(on) }
