package store

// SetAnswerCache turns the cache of answers (cache.go) on or off, so
// that benchmarks measure the queries themselves.
func SetAnswerCache(on bool) { cacheAnswers = on }
