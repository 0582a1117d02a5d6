package broker

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/internal/httpjson"
)

// ErrorBody is the body of every error answer.
type ErrorBody = httpjson.ErrorBody

// KindBody names a listing's kind of data (image, tabular, text, binary).
type KindBody struct {
	Kind string `json:"kind"`
}

// EntryBody carries one encoded board entry.
type EntryBody struct {
	Entry hexutil.Bytes `json:"entry"`
}

// maxBody bounds request bodies: a bundle in base64 plus its notices.
const maxBody = MaxBundle*4/3 + 1<<20

// Handler returns the HTTP API (docs/broker.md).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/info", func(w http.ResponseWriter, r *http.Request) { httpjson.WriteJSON(w, http.StatusOK, s.Info()) })
	mux.HandleFunc("POST /v1/trades/{id}/buyer-key", s.trade(func(ctx context.Context, id uint64, r *http.Request, w http.ResponseWriter) (any, error) {
		var k BuyerKey
		if err := httpjson.DecodeJSON(w, r, 1<<16, &k); err != nil {
			return nil, err
		}
		if k.TradeID != id {
			return nil, datatrade.Errorf(datatrade.EINVALID, "the key names trade %d, the path trade %d", k.TradeID, id)
		}
		return k, s.SetBuyerKey(ctx, k)
	}))
	mux.HandleFunc("GET /v1/trades/{id}/buyer-key", s.trade(func(ctx context.Context, id uint64, _ *http.Request, _ http.ResponseWriter) (any, error) {
		return s.BuyerKeyOf(ctx, id)
	}))
	mux.HandleFunc("POST /v1/trades/{id}/delivery", s.trade(func(ctx context.Context, id uint64, r *http.Request, w http.ResponseWriter) (any, error) {
		var d Delivery
		if err := httpjson.DecodeJSON(w, r, maxBody, &d); err != nil {
			return nil, err
		}
		if d.Notice.TradeID != id {
			return nil, datatrade.Errorf(datatrade.EINVALID, "the notice names trade %d, the path trade %d", d.Notice.TradeID, id)
		}
		return s.Deliver(ctx, d)
	}))
	mux.HandleFunc("GET /v1/trades/{id}/delivery", s.trade(func(ctx context.Context, id uint64, _ *http.Request, _ http.ResponseWriter) (any, error) {
		return s.Fetch(ctx, id)
	}))
	mux.HandleFunc("POST /v1/trades/{id}/receipt", s.trade(func(ctx context.Context, id uint64, r *http.Request, w http.ResponseWriter) (any, error) {
		var rc Receipt
		if err := httpjson.DecodeJSON(w, r, 1<<20, &rc); err != nil {
			return nil, err
		}
		if rc.Notice.TradeID != id {
			return nil, datatrade.Errorf(datatrade.EINVALID, "the notice names trade %d, the path trade %d", rc.Notice.TradeID, id)
		}
		return s.Receive(ctx, rc)
	}))
	mux.HandleFunc("POST /v1/trades/{id}/upload", s.trade(func(ctx context.Context, id uint64, r *http.Request, w http.ResponseWriter) (any, error) {
		var u Upload
		if err := httpjson.DecodeJSON(w, r, maxBody, &u); err != nil {
			return nil, err
		}
		if u.TradeID != id {
			return nil, datatrade.Errorf(datatrade.EINVALID, "the upload names trade %d, the path trade %d", u.TradeID, id)
		}
		return s.Resolve(ctx, u)
	}))
	mux.HandleFunc("GET /v1/listings/{id}/kind", s.trade(func(ctx context.Context, id uint64, _ *http.Request, _ http.ResponseWriter) (any, error) {
		k, err := s.Kind(ctx, id)
		return KindBody{Kind: k.String()}, err
	}))
	mux.HandleFunc("POST /v1/board/entries", func(w http.ResponseWriter, r *http.Request) {
		var b EntryBody
		if err := httpjson.DecodeJSON(w, r, 4096, &b); err != nil {
			s.writeError(w, err)
			return
		}
		s.answer(w)(s.Post(r.Context(), b.Entry))
	})
	mux.HandleFunc("GET /v1/board/entries/{index}/proof", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.ParseUint(r.PathValue("index"), 10, 64)
		if err != nil {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the entry index must be a whole number"))
			return
		}
		s.answer(w)(s.Proof(r.Context(), i))
	})
	mux.HandleFunc("GET /v1/board/consistency", func(w http.ResponseWriter, r *http.Request) {
		var from, to uint64
		var err error
		if v := r.URL.Query().Get("from"); v != "" {
			from, err = strconv.ParseUint(v, 10, 64)
		}
		if v := r.URL.Query().Get("to"); v != "" && err == nil {
			to, err = strconv.ParseUint(v, 10, 64)
		}
		if err != nil {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "from and to must be whole numbers"))
			return
		}
		s.answer(w)(s.Consistency(r.Context(), from, to))
	})
	mux.HandleFunc("POST /v1/board/anchor", func(w http.ResponseWriter, r *http.Request) { s.answer(w)(s.Anchor(r.Context())) })
	mux.HandleFunc("POST /v1/queries", func(w http.ResponseWriter, r *http.Request) {
		var c QueryCall
		if err := httpjson.DecodeJSON(w, r, 1<<16, &c); err != nil {
			s.writeError(w, err)
			return
		}
		s.answer(w)(s.Query(r.Context(), c))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, datatrade.Errorf(datatrade.ENOTFOUND, "no such API route: %s %s (see docs/broker.md)", r.Method, strconv.Quote(r.URL.Path)))
	})
	return mux
}

// Server returns an http.Server for the API on addr.
func (s *Service) Server(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 5 * time.Minute,
		WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
}

func (s *Service) trade(fn func(ctx context.Context, id uint64, r *http.Request, w http.ResponseWriter) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil || id == 0 {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the id in the path must be a positive whole number"))
			return
		}
		s.answer(w)(fn(r.Context(), id, r, w))
	}
}

func (s *Service) answer(w http.ResponseWriter) func(v any, err error) {
	return func(v any, err error) {
		if err != nil {
			s.writeError(w, err)
			return
		}
		httpjson.WriteJSON(w, http.StatusOK, v)
	}
}

// writeError answers with err (httpjson.WriteError, logged to the
// service's log when internal).
func (s *Service) writeError(w http.ResponseWriter, err error) {
	httpjson.WriteError(w, s.log, err)
}

// Client talks to a broker service's HTTP API. It is safe for concurrent
// use.
type Client struct {
	api *httpjson.Client
}

// NewClient returns a client of the service at base (http://host:port).
// hc may be nil (a client with a 5-minute timeout).
func NewClient(base string, hc *http.Client) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the platform URL must be http(s)://host:port, got %q", base)
	}
	if hc == nil {
		hc = &http.Client{Timeout: 5 * time.Minute}
	}
	return &Client{api: httpjson.NewClient("the broker platform", base, hc, maxBody)}, nil
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	return c.api.Do(ctx, method, path, in, out)
}

func tradePath(id uint64, what string) string {
	return "/v1/trades/" + strconv.FormatUint(id, 10) + "/" + what
}

// Info describes the platform.
func (c *Client) Info(ctx context.Context) (Info, error) {
	var v Info
	return v, c.do(ctx, http.MethodGet, "/v1/info", nil, &v)
}

// SetBuyerKey registers the buyer's key for a trade.
func (c *Client) SetBuyerKey(ctx context.Context, k BuyerKey) error {
	var v BuyerKey
	return c.do(ctx, http.MethodPost, tradePath(k.TradeID, "buyer-key"), k, &v)
}

// BuyerKeyOf returns the buyer's registered key for a trade.
func (c *Client) BuyerKeyOf(ctx context.Context, tradeID uint64) (BuyerKey, error) {
	var v BuyerKey
	return v, c.do(ctx, http.MethodGet, tradePath(tradeID, "buyer-key"), nil, &v)
}

// Deliver hands a delivery to the platform.
func (c *Client) Deliver(ctx context.Context, d Delivery) (Recorded, error) {
	var v Recorded
	return v, c.do(ctx, http.MethodPost, tradePath(d.Notice.TradeID, "delivery"), d, &v)
}

// Fetch returns the bundle relayed for a trade.
func (c *Client) Fetch(ctx context.Context, tradeID uint64) (Bundle, error) {
	var v Bundle
	return v, c.do(ctx, http.MethodGet, tradePath(tradeID, "delivery"), nil, &v)
}

// Receive hands the buyer's receipt to the platform and returns the check.
func (c *Client) Receive(ctx context.Context, r Receipt) (Check, error) {
	var v Check
	return v, c.do(ctx, http.MethodPost, tradePath(r.Notice.TradeID, "receipt"), r, &v)
}

// Resolve hands the seller's dispute upload to the platform.
func (c *Client) Resolve(ctx context.Context, u Upload) (Decision, error) {
	var v Decision
	return v, c.do(ctx, http.MethodPost, tradePath(u.TradeID, "upload"), u, &v)
}

// Post records a confirm or dispute notification on the board.
func (c *Client) Post(ctx context.Context, entry []byte) (Recorded, error) {
	var v Recorded
	return v, c.do(ctx, http.MethodPost, "/v1/board/entries", EntryBody{Entry: entry}, &v)
}

// Proof returns a board entry's proof in an anchored checkpoint.
func (c *Client) Proof(ctx context.Context, index uint64) (Proof, error) {
	var v Proof
	return v, c.do(ctx, http.MethodGet, "/v1/board/entries/"+strconv.FormatUint(index, 10)+"/proof", nil, &v)
}

// Anchor asks the platform to anchor the board's current checkpoint.
func (c *Client) Anchor(ctx context.Context) (board.Checkpoint, error) {
	var v board.Checkpoint
	return v, c.do(ctx, http.MethodPost, "/v1/board/anchor", nil, &v)
}

// Query sends a paid query.
func (c *Client) Query(ctx context.Context, q QueryCall) (Answered, error) {
	var v Answered
	return v, c.do(ctx, http.MethodPost, "/v1/queries", q, &v)
}

// Consistency returns the proof that the board anchored at size from is a
// prefix of the board anchored at size to (0: the latest anchor).
func (c *Client) Consistency(ctx context.Context, from, to uint64) (Consistency, error) {
	var v Consistency
	q := url.Values{"from": {strconv.FormatUint(from, 10)}, "to": {strconv.FormatUint(to, 10)}}
	return v, c.do(ctx, http.MethodGet, "/v1/board/consistency?"+q.Encode(), nil, &v)
}

// Kind returns the kind of data of a listing's registered fingerprint, to
// fingerprint a delivery the same way.
func (c *Client) Kind(ctx context.Context, listing uint64) (fingerprint.Kind, error) {
	var v KindBody
	if err := c.do(ctx, http.MethodGet, "/v1/listings/"+strconv.FormatUint(listing, 10)+"/kind", nil, &v); err != nil {
		return 0, err
	}
	k, ok := fingerprint.ParseKind(v.Kind)
	if !ok || k == fingerprint.KindUnknown {
		return 0, datatrade.Errorf(datatrade.EINTEGRITY, "the platform named an unknown kind of data %q", v.Kind)
	}
	return k, nil
}
