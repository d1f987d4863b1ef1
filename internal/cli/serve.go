package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/dyad-news/dyad/internal/api"
	"github.com/dyad-news/dyad/internal/web"
)

func init() {
	Register(Command{Name: "serve", Short: "serve the HTTP API and the web dashboard over the store", Run: runServe})
}

const serveHelp = `Serves the HTTP API (/api/..., described at /api/openapi.json) and the web
dashboard (/) over the stored codings. It binds to 127.0.0.1 by default;
writing endpoints need --token (or $DYAD_TOKEN) when one is set.`

func runServe(ctx context.Context, args []string, env Env) int {
	var sf storeFlags
	var cf coderFlags
	fs := newFlags("serve", "[flags]", serveHelp, env)
	sf.bind(fs)
	cf.bind(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fs.String("token", os.Getenv("DYAD_TOKEN"), "bearer token required by POST /api/documents")
	rps := fs.Float64("rate", 50, "requests per second allowed to each client")
	if ok, st := parseFlags(fs, args); !ok {
		return st
	}
	st, err := sf.open(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad serve: %v\n", err)
		return ExitFailed
	}
	defer st.Close()
	p, err := cf.newCoder()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad serve: %v\n", err)
		return ExitFailed
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", api.New(api.Config{Store: st, Coder: p, Token: *token}))
	mux.Handle("/", web.New(st))
	handler := api.RateLimit(api.Timeout(mux, 20*time.Second), *rps)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad serve: %v\n", err)
		return ExitFailed
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	fmt.Fprintf(env.Stderr, "dyad serve: http://%s/ (API at /api/, Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(env.Stderr, "dyad serve: %v\n", err)
			return ExitFailed
		}
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}
	return ExitOK
}
