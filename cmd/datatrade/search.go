package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/catalog/privateapi"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
	"github.com/datatrade/datatrade/spatial/require"
)

// searchFlags are the query flags of `datatrade search`.
type searchFlags struct {
	box, polygon, near, from, to, where, private, owner string
	k, reverseK, limit                                  int
	demand                                              uint64
	attrs                                               []string
}

func (a *app) newSearchCmd() *cobra.Command {
	var sf searchFlags
	cmd := &cobra.Command{
		Use:   "search [KEYWORDS...]",
		Short: "Search spatial listings: keywords, region, nearest, reverse nearest, attributes, CEL requirements",
		Long: `Search the catalog's spatial listings (those on sale). KEYWORDS must all appear among a
listing's keywords. At most one spatial part: --box, --polygon, --near with --k (the k
nearest) or --near with --reverse-k (the listings that would have the point among their k
nearest). Every filter (--attr, --from, --to, --where) applies inside the spatial search, so
--near with --k 5 --attr kind=optical gives the 5 nearest optical listings.

Coordinates are degrees, latitude first: --near 47.37,8.54; --box MINLAT,MINLON,MAXLAT,MAXLON;
--polygon "LAT,LON;LAT,LON;LAT,LON". --where is a CEL expression over the listing (see
spatial/require: attrs, time, lat, lon, box, geohash, price, within(), near()).

--demand ID reads a demand whose spec is "cel:<expression>" from the chain and finds the
listings that meet it; with --owner ADDRESS only that seller's (what a seller's client does).

--private URL sends the query encrypted to an enclave that evaluates it over the catalog and
answers encrypted to you; the host carries only ciphertext (see ` + "`datatrade catalog serve-private`" + `).
The client first attests the enclave with a fresh nonce and encrypts to the attested keys.
This build has only a SIMULATED enclave, which protects nothing: accepting it needs --insecure.
--private sim starts such a simulated service in this process over your own catalog.

Register a listing's spatial metadata with ` + "`datatrade search register`" + `.`,
		Example: `  datatrade search berlin weather
  datatrade search --near 52.52,13.40 --k 5 --attr kind=weather
  datatrade search --box 45.8,5.9,47.8,10.5 --where 'price <= 1000000000000000000'
  datatrade search --near 47.37,8.54 --reverse-k 3 --json
  datatrade search --demand 4 --owner 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
  datatrade search --near 47.37,8.54 --k 3 --private http://127.0.0.1:8620 --insecure
  datatrade search --near 47.37,8.54 --k 3 --private sim --insecure`,
		Args: cobra.ArbitraryArgs,
	}
	f := cmd.Flags()
	f.StringVar(&sf.box, "box", "", "region MINLAT,MINLON,MAXLAT,MAXLON (degrees)")
	f.StringVar(&sf.polygon, "polygon", "", `region "LAT,LON;LAT,LON;LAT,LON;..." (degrees, at least three vertices)`)
	f.StringVar(&sf.near, "near", "", "point LAT,LON for --k or --reverse-k")
	f.IntVar(&sf.k, "k", 0, "how many nearest listings to --near")
	f.IntVar(&sf.reverseK, "reverse-k", 0, "find the listings that have --near among their k nearest")
	f.StringArrayVar(&sf.attrs, "attr", nil, "attribute filter KEY=VALUE (repeatable)")
	f.StringVar(&sf.from, "from", "", "earliest listing time (RFC 3339 or YYYY-MM-DD)")
	f.StringVar(&sf.to, "to", "", "latest listing time (RFC 3339 or YYYY-MM-DD)")
	f.StringVar(&sf.where, "where", "", "a CEL requirement the listing must meet")
	f.IntVar(&sf.limit, "limit", 0, fmt.Sprintf("most results (default %d, at most %d)", query.DefaultLimit, query.MaxLimit))
	f.StringVar(&sf.private, "private", "", `evaluate the query inside an attested enclave: a private query service's URL, or "sim" (SIMULATION, in this process)`)
	f.Uint64Var(&sf.demand, "demand", 0, "match the CEL requirement of this demand")
	f.StringVar(&sf.owner, "owner", "", "with --demand: only this seller's listings")
	cmd = a.catalogCmd(cmd, func(ctx context.Context, s *session, c *catalog.Catalog, _ int, args []string) error {
		if sf.demand != 0 {
			return a.matchDemand(ctx, s, c, &sf)
		}
		q, err := sf.query(args)
		if err != nil {
			return err
		}
		if sf.private != "" {
			return a.privateSearch(ctx, s, c, sf.private, q)
		}
		ans, err := c.SearchSpatial(ctx, q)
		if err != nil {
			return err
		}
		return a.emit(ans, func(w io.Writer) { printSpatial(w, ans.Kind, ans.Total, ans.Results) })
	})
	cmd.AddCommand(a.newSearchRegisterCmd())
	return cmd
}

// query builds the query from the flags and keywords.
func (sf *searchFlags) query(args []string) (query.Query, error) {
	q := query.Query{Text: strings.Join(args, " "), Where: sf.where, Limit: sf.limit}
	var err error
	if sf.box != "" {
		v, err := parseFloats("--box", sf.box, 4)
		if err != nil {
			return q, err
		}
		q.Box = &spatial.Box{MinLat: v[0], MinLon: v[1], MaxLat: v[2], MaxLon: v[3]}
	}
	if sf.polygon != "" {
		for _, vertex := range strings.Split(sf.polygon, ";") {
			p, err := searchPoint("--polygon", vertex)
			if err != nil {
				return q, err
			}
			q.Polygon = append(q.Polygon, p)
		}
	}
	switch {
	case sf.k != 0 && sf.reverseK != 0:
		return q, usagef("give --k or --reverse-k, not both")
	case (sf.k != 0 || sf.reverseK != 0) && sf.near == "":
		return q, usagef("--k and --reverse-k need --near LAT,LON")
	case sf.near != "" && sf.k == 0 && sf.reverseK == 0:
		return q, usagef("--near needs --k N (nearest) or --reverse-k N (reverse nearest)")
	}
	if sf.near != "" {
		p, err := searchPoint("--near", sf.near)
		if err != nil {
			return q, err
		}
		q.Near, q.K, q.Reverse = &p, max(sf.k, sf.reverseK), sf.reverseK != 0
	}
	if len(sf.attrs) > 0 {
		q.Attrs = map[string]string{}
		for _, kv := range sf.attrs {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return q, usagef("--attr takes KEY=VALUE, got %q", kv)
			}
			q.Attrs[k] = v
		}
	}
	if q.From, err = searchWhen("--from", sf.from); err != nil {
		return q, err
	}
	if q.To, err = searchWhen("--to", sf.to); err != nil {
		return q, err
	}
	return q, q.Validate()
}

// searchPoint parses LAT,LON.
func searchPoint(flag, s string) (spatial.Point, error) {
	v, err := parseFloats(flag, s, 2)
	if err != nil {
		return spatial.Point{}, err
	}
	p := spatial.Point{Lat: v[0], Lon: v[1]}
	if err := p.Validate(); err != nil {
		return p, usagef("%s: %s (latitude first: LAT,LON)", flag, datatrade.ErrorMessage(err))
	}
	return p, nil
}

// parseFootprint parses exactly one of --point LAT,LON and --box
// MINLAT,MINLON,MAXLAT,MAXLON (latitude first, as everywhere in the CLI).
func parseFootprint(point, box string) (spatial.Box, error) {
	switch {
	case (point == "") == (box == ""):
		return spatial.Box{}, usagef("give the footprint as exactly one of --point LAT,LON or --box MINLAT,MINLON,MAXLAT,MAXLON")
	case point != "":
		p, err := searchPoint("--point", point)
		return spatial.PointBox(p), err
	}
	v, err := parseFloats("--box", box, 4)
	if err != nil {
		return spatial.Box{}, err
	}
	b := spatial.Box{MinLat: v[0], MinLon: v[1], MaxLat: v[2], MaxLon: v[3]}
	if err := b.Validate(); err != nil {
		return b, usagef("--box: %s (latitude first: MINLAT,MINLON,MAXLAT,MAXLON)", datatrade.ErrorMessage(err))
	}
	return b, nil
}

// searchWhen parses an RFC 3339 time or a date; "" is the zero time.
func searchWhen(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, usagef("%s takes an RFC 3339 time or YYYY-MM-DD, got %q", flag, s)
}

func printSpatial(w io.Writer, kind query.Kind, total int, rs []catalog.SpatialResult) {
	if len(rs) == 0 {
		fmt.Fprintf(w, "no listings match (%s search)\n", kind)
		return
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "LISTING\tPRICE\tWHERE\tGEOHASH\tKM\tKEYWORDS")
	for _, r := range rs {
		c := r.Item.Footprint.Center()
		km := ""
		if kind == query.Nearest {
			km = fmt.Sprintf("%.1f", r.Meters/1000)
		}
		price := ""
		if r.Listing != nil {
			price = datatrade.FormatAmount(r.Listing.Price)
		}
		fmt.Fprintf(tw, "%d\t%s\t%.4f,%.4f\t%s\t%s\t%s\n", r.Item.ID, price, c.Lat, c.Lon, r.GeoHash, km, r.Keywords)
	}
	tw.Flush()
	if total > len(rs) {
		fmt.Fprintf(w, "%d of %d matches shown (raise --limit for more)\n", len(rs), total)
	}
}

// matchDemand evaluates a demand's CEL requirement over the catalog.
func (a *app) matchDemand(ctx context.Context, s *session, c *catalog.Catalog, sf *searchFlags) error {
	d, err := s.m.Demand(ctx, sf.demand)
	if err != nil {
		return err
	}
	req, err := require.FromDemandSpec(d.Spec)
	if err != nil {
		return err
	}
	var rs []catalog.SpatialResult
	if sf.owner != "" {
		if !common.IsHexAddress(sf.owner) {
			return usagef("--owner takes an address, got %q", sf.owner)
		}
		if rs, err = c.MatchRequirement(ctx, req, common.HexToAddress(sf.owner)); err != nil {
			return err
		}
	} else {
		ans, err := c.SearchSpatial(ctx, query.Query{Where: req.String(), Limit: query.MaxLimit})
		if err != nil {
			return err
		}
		rs = ans.Results
	}
	out := map[string]any{"demand": sf.demand, "requirement": req.String(), "results": rs}
	return a.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "demand %d requires: %s\n", sf.demand, req.String())
		printSpatial(w, query.Keyword, len(rs), rs)
	})
}

// privateSearchResult is what --private prints: the answer and what the
// host saw.
type privateSearchResult struct {
	// Enclave is the service's URL, or "sim" for the in-process one.
	Enclave     string                  `json:"enclave"`
	Simulated   bool                    `json:"simulated"`
	Warning     string                  `json:"warning,omitempty"`
	Measurement enclave.Measurement     `json:"measurement"`
	Listings    int                     `json:"listings"`
	Kind        query.Kind              `json:"kind"`
	Total       int                     `json:"total"`
	Results     []catalog.SpatialResult `json:"results"`
	// RequestBytes and ReplyBytes are the sizes of the ciphertexts the
	// host carried.
	RequestBytes int `json:"requestBytes"`
	ReplyBytes   int `json:"replyBytes"`
}

// privateSearch runs q through a private-query enclave: the service at
// target (a URL), or with "sim" one started in this process over c. Either
// way the query goes through the service's HTTP API, attested first.
func (a *app) privateSearch(ctx context.Context, s *session, c *catalog.Catalog, target string, q query.Query) error {
	if target != "sim" && !strings.HasPrefix(target, "http://") && !strings.HasPrefix(target, "https://") {
		return usagef(`--private takes the URL of a private query service (http://HOST:PORT, see `+"`datatrade catalog serve-private`"+`) or "sim" (a SIMULATED enclave in this process), got %q`, target)
	}
	name := target
	if target == "sim" {
		if !a.insecure {
			return datatrade.Errorf(datatrade.EINSECURE, "--private sim runs a simulated enclave that protects nothing; pass --insecure to use it anyway")
		}
		url, stop, err := a.startPrivateSim(ctx, s, c)
		if err != nil {
			return err
		}
		defer stop()
		target = url
	}
	d := s.m.Deployment()
	policy := enclave.Policy{Measurements: []enclave.Measurement{sim.Measurement([]byte(privateapi.SimCode))},
		AllowSimulation: a.insecure, AllowDebug: a.insecure}
	cl := privateapi.NewClient(target, &http.Client{Timeout: time.Minute}, enclave.Verifiers{sim.Verifier{}}, policy, d)
	reply, rc, err := cl.Query(ctx, q)
	if err != nil {
		if datatrade.ErrorCode(err) == datatrade.EINSECURE {
			return datatrade.Errorf(datatrade.EINSECURE, "%s (pass --insecure to accept it)", datatrade.ErrorMessage(err))
		}
		return err
	}
	out := privateSearchResult{Enclave: name, Simulated: rc.Claims.Simulated, Measurement: rc.Claims.Measurement, Listings: reply.Listings,
		Kind: reply.Answer.Kind, Total: reply.Answer.Total, Results: []catalog.SpatialResult{}, RequestBytes: rc.RequestBytes, ReplyBytes: rc.ReplyBytes}
	if out.Simulated {
		out.Warning = enclave.SimulationWarning
		a.warn("%s", enclave.SimulationWarning)
	}
	for i, h := range reply.Answer.Hits {
		en := reply.Entries[i]
		gh, _ := en.Item.GeoHash()
		hid, _ := en.Item.HashID()
		out.Results = append(out.Results, catalog.SpatialResult{
			Listing: &catalog.Listing{ID: h.ID, Price: en.Price, Active: en.Active}, Item: en.Item, Keywords: en.Text,
			GeoHash: gh, HashID: hid, Meters: h.Meters,
		})
	}
	return a.emit(out, func(w io.Writer) {
		label := "attested enclave"
		if out.Simulated {
			label = "SIMULATION: simulated enclave"
		}
		fmt.Fprintf(w, "%s: private query answered over %d listings; the host carried %d and %d bytes of ciphertext\n",
			label, reply.Listings, rc.RequestBytes, rc.ReplyBytes)
		printSpatial(w, out.Kind, out.Total, out.Results)
	})
}

// startPrivateSim starts a private-query service with a SIMULATED enclave
// over c on a loopback port, in this process, with fresh keys in a
// temporary dir. stop shuts it down and removes the dir.
func (a *app) startPrivateSim(ctx context.Context, s *session, c *catalog.Catalog) (string, func(), error) {
	dir, err := os.MkdirTemp("", "datatrade-private-sim-")
	if err != nil {
		return "", nil, fmt.Errorf("temporary enclave dir: %w", err)
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	backend, err := sim.New(sim.Options{Code: []byte(privateapi.SimCode), PlatformSecret: secret, Rand: rand.Reader})
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	svc, err := privateapi.New(ctx, privateapi.Options{Backend: backend, Config: privateapi.EnclaveConfig(s.m.Deployment()), Dir: dir, Source: c,
		ReloadInterval: -1, Log: a.log, Rand: rand.Reader})
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot listen on a loopback port: %v", err)
	}
	srv := svc.Server(ln.Addr().String())
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		os.RemoveAll(dir)
	}, nil
}

func (a *app) newSearchRegisterCmd() *cobra.Command {
	var (
		point, box, when, keywords, hashID string
		attrs                              []string
	)
	cmd := &cobra.Command{
		Use:   "register LISTING",
		Short: "Register a listing's spatial metadata: time, footprint (point or box), attributes, keywords",
		Long: `Register where and when the data behind a listing was produced, its attributes and
keywords, so that ` + "`datatrade search`" + ` finds it. With --hashid (the hashid recorded on chain),
registration fails unless the metadata hashes to it.`,
		Example: `  datatrade search register 1 --point 52.52,13.40 --time 2026-03-01 --attr kind=weather --keywords "Berlin hourly weather"`,
		Args:    cobra.ExactArgs(1),
	}
	f := cmd.Flags()
	f.StringVar(&point, "point", "", "footprint point LAT,LON")
	f.StringVar(&box, "box", "", "footprint box MINLAT,MINLON,MAXLAT,MAXLON")
	f.StringVar(&when, "time", "", "when the data was produced (RFC 3339 or YYYY-MM-DD; kept to the second)")
	f.StringArrayVar(&attrs, "attr", nil, "attribute KEY=VALUE (repeatable)")
	f.StringVar(&keywords, "keywords", "", "words a keyword search matches")
	f.StringVar(&hashID, "hashid", "", "the listing's on-chain hashid to check against (0x…)")
	return a.catalogCmd(cmd, func(ctx context.Context, s *session, c *catalog.Catalog, _ int, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		var reg catalog.SpatialRegistration
		if reg.Footprint, err = parseFootprint(point, box); err != nil {
			return err
		}
		if when == "" {
			return usagef("--time is required")
		}
		if reg.Time, err = searchWhen("--time", when); err != nil {
			return err
		}
		for _, kv := range attrs {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return usagef("--attr takes KEY=VALUE, got %q", kv)
			}
			if reg.Attrs == nil {
				reg.Attrs = map[string]string{}
			}
			reg.Attrs[k] = v
		}
		if hashID != "" {
			b, err := searchHex(hashID)
			if err != nil || len(b) != 32 {
				return usagef("--hashid takes 32 bytes of hex, got %q", hashID)
			}
			reg.HashID = common.BytesToHash(b)
		}
		reg.Keywords = keywords
		// Without --hashid, the hashid the owner recorded on chain (if
		// any) is what the metadata must hash to.
		onChain := false
		if reg.HashID == (common.Hash{}) {
			h, err := onChainHashID(ctx, s, id)
			if err != nil {
				return err
			}
			reg.HashID, onChain = h, h != (common.Hash{})
		}
		if err := c.RegisterSpatial(ctx, id, reg); err != nil {
			return err
		}
		r, err := c.SpatialListing(ctx, id)
		if err != nil {
			return err
		}
		out := struct {
			*catalog.SpatialResult
			CheckedOnChain bool `json:"checkedOnChain"`
		}{r, onChain}
		return a.emit(out, func(w io.Writer) {
			fmt.Fprintf(w, "listing %d registered at geohash %q, hashid %s\n", id, r.GeoHash, r.HashID.Hex())
			if onChain {
				fmt.Fprintln(w, "the metadata matches the hashid recorded on chain")
			} else {
				fmt.Fprintln(w, "no hashid is recorded on chain for this listing: the metadata is the seller's word (record one with `datatrade spatial register`)")
			}
		})
	})
}

// onChainHashID returns the hashid recorded on chain for a listing, or
// zero when the deployment has no SpatialRegistry or none is recorded.
func onChainHashID(ctx context.Context, s *session, id uint64) (common.Hash, error) {
	sp, err := s.m.Spatial()
	if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
		return common.Hash{}, nil
	}
	if err != nil {
		return common.Hash{}, err
	}
	rec, err := sp.HashID(ctx, id)
	if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
		return common.Hash{}, nil
	}
	if err != nil {
		return common.Hash{}, err
	}
	return rec.HashID, nil
}

// searchHex decodes hex with an optional 0x prefix.
func searchHex(s string) ([]byte, error) {
	return hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
}
