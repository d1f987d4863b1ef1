package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/fetch"
	"github.com/dyad-news/dyad/internal/ingest"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/store"
)

func init() {
	Register(Command{Name: "watch", Short: "poll RSS/Atom feeds and code and store new articles until stopped", Run: runWatch})
}

const watchHelp = `Polls the feeds listed in --feeds FILE (one URL per line; # starts a
comment) every --every, fetches each new item's page politely (robots.txt,
a per-host rate limit, a size cap, no private addresses), codes it and
stores it. The items already seen are remembered in the store, so a
restarted watch goes on where it stopped. Stop it with Ctrl-C.`

func runWatch(ctx context.Context, args []string, env Env) int {
	var sf storeFlags
	var cf coderFlags
	fs := newFlags("watch", "--feeds FILE [flags]", watchHelp, env)
	sf.bind(fs)
	cf.bind(fs)
	feedsFile := fs.String("feeds", "", "file of feed URLs, one per line")
	every := fs.Duration("every", 10*time.Minute, "time between polls")
	once := fs.Bool("once", false, "poll once and stop")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private addresses")
	if ok, st := parseFlags(fs, args); !ok {
		return st
	}
	if *feedsFile == "" {
		fmt.Fprintln(env.Stderr, "dyad watch: --feeds FILE is required")
		return ExitUsage
	}
	if *every < time.Minute && !*once {
		fmt.Fprintln(env.Stderr, "dyad watch: --every must be at least 1m (be polite to the sites)")
		return ExitUsage
	}
	feeds, err := readFeedList(*feedsFile)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad watch: %v\n", err)
		return ExitUsage
	}
	st, err := sf.open(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad watch: %v\n", err)
		return ExitFailed
	}
	defer st.Close()
	p, err := cf.newCoder()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad watch: %v\n", err)
		return ExitFailed
	}
	w := &watcher{store: st, coder: p, fetcher: fetch.New(fetch.Options{AllowPrivate: *allowPrivate}),
		allowPrivate: *allowPrivate, report: func(format string, a ...any) { fmt.Fprintf(env.Stderr, format, a...) }}
	for {
		n := w.poll(ctx, feeds)
		w.report("dyad watch: %s: %d new articles\n", time.Now().Format(time.RFC3339), n)
		if *once {
			return ExitOK
		}
		select {
		case <-ctx.Done():
			return ExitOK
		case <-time.After(*every):
		}
	}
}

func readFeedList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var feeds []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			return nil, fmt.Errorf("%s:%d: %q is not an http(s) URL", path, n, line)
		}
		feeds = append(feeds, line)
	}
	if len(feeds) == 0 {
		return nil, fmt.Errorf("%s: no feed URLs", path)
	}
	return feeds, sc.Err()
}

// watcher polls feeds and stores new articles.
type watcher struct {
	store        store.Store
	coder        *pipeline.Pipeline
	fetcher      *fetch.Client
	allowPrivate bool
	report       func(format string, a ...any)
}

// poll reads every feed once and stores the items not seen before; it
// returns how many it stored.
func (w *watcher) poll(ctx context.Context, feeds []string) int {
	stored := 0
	for _, feed := range feeds {
		items := ingest.Read(ctx, ingest.Options{Format: "rss", Fetcher: w.fetcher, AllowPrivate: w.allowPrivate}, feed)
		for item := range items {
			if item.Err != nil {
				w.report("dyad watch: %s\n", describeFailure(item))
				continue
			}
			key := "seen:" + item.URL
			if item.URL == "" {
				key = "seen:" + feed + "#" + item.ID
			}
			if seen, _ := w.store.State(ctx, key); seen != "" {
				continue
			}
			d := w.page(ctx, item)
			if err := w.coder.Process(ctx, d); err != nil {
				w.report("dyad watch: %s\n", describeFailure(d))
				continue
			}
			if _, err := w.store.Put(ctx, d); err != nil {
				w.report("dyad watch: %s: %v\n", d.Source, err)
				continue
			}
			_ = w.store.SetState(ctx, key, time.Now().UTC().Format(time.RFC3339))
			stored++
		}
	}
	return stored
}

// page fetches the item's linked page; when that fails (robots.txt, a
// network error, no article text), the feed's own description stands in.
func (w *watcher) page(ctx context.Context, item *doc.Document) *doc.Document {
	if item.URL == "" {
		return item
	}
	for d := range ingest.Read(ctx, ingest.Options{Format: "html", Fetcher: w.fetcher, AllowPrivate: w.allowPrivate, ID: item.ID}, item.URL) {
		if d.Err != nil {
			w.report("dyad watch: %s (keeping the feed's description)\n", describeFailure(d))
			return item
		}
		if d.Title == nil {
			d.Title = item.Title
		}
		if d.Published == "" {
			d.Published = item.Published
		}
		return d
	}
	return item
}
