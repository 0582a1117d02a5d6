package httpjson_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/internal/httpjson"
)

// A service answers with WriteJSON and WriteError behind a per-IP limit;
// its Client gets the answer, or the server's error with the same code
// and message.
func Example() {
	clock := time.Unix(1_800_000_000, 0) // a fixed clock keeps the output stable
	limiter := httpjson.NewLimiter(2, func() time.Time { return clock })
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/greet", func(w http.ResponseWriter, r *http.Request) {
		if limiter.Limited(w, r, "greetings") {
			return
		}
		var in struct {
			Name string `json:"name"`
		}
		if err := httpjson.DecodeJSON(w, r, 1<<10, &in); err != nil {
			httpjson.WriteError(w, slog.Default(), err)
			return
		}
		if in.Name == "" {
			httpjson.WriteError(w, slog.Default(), datatrade.Errorf(datatrade.EINVALID, "a greeting needs a name"))
			return
		}
		httpjson.WriteJSON(w, http.StatusOK, map[string]string{"greeting": "hello, " + in.Name})
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c := httpjson.NewClient("the greeter", srv.URL, srv.Client(), 1<<20)
	ctx := context.Background()
	for _, name := range []string{"ada", "", "bob"} {
		var out struct {
			Greeting string `json:"greeting"`
		}
		err := c.Do(ctx, http.MethodPost, "/v1/greet", map[string]string{"name": name}, &out)
		if err != nil {
			fmt.Printf("%q: %s: %s\n", name, datatrade.ErrorCode(err), datatrade.ErrorMessage(err))
			continue
		}
		fmt.Printf("%q: %s\n", name, out.Greeting)
	}
	// Output:
	// "ada": hello, ada
	// "": invalid: a greeting needs a name
	// "bob": unavailable: too many greetings from your address (limit 2 per minute); retry in 30 s
}
