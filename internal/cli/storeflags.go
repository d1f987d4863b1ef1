package cli

import (
	"context"
	"flag"

	"github.com/dyad-news/dyad/internal/store"
)

// storeFlags choose the store: --db for PostgreSQL, else --data for the
// embedded SQLite database.
type storeFlags struct{ data, db string }

func (s *storeFlags) bind(fs *flag.FlagSet) {
	fs.StringVar(&s.data, "data", store.DefaultDataDir(), "data folder of the embedded database")
	fs.StringVar(&s.db, "db", "", "a PostgreSQL URL (postgres://...) to use instead of the embedded database")
}

func (s *storeFlags) open(ctx context.Context) (store.Store, error) {
	if s.db != "" {
		return store.Open(ctx, s.db)
	}
	return store.Open(ctx, s.data)
}
