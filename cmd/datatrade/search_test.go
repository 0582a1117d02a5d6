package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/spatial/query"
)

// searchHit is the part of a catalog.SpatialResult the tests read.
type searchHit struct {
	Item struct {
		ID    uint64
		Attrs map[string]string
	}
	Keywords string
	GeoHash  string
	Meters   float64
}

func hitIDs(hs []searchHit) []uint64 {
	out := []uint64{}
	for _, h := range hs {
		out = append(out, h.Item.ID)
	}
	return out
}

func TestSearchAndReputationCommands(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	home := t.TempDir()
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	run := func(args ...string) (string, string, int) { return runCLI(t, ctx, append(args, on...)...) }
	must := func(v any, args ...string) { t.Helper(); mustJSON(t, ctx, v, append(args, on...)...) }

	must(nil, "deploy", "--account", "dev:0")
	places := []struct{ point, kind, keywords string }{
		{"52.52,13.40", "weather", "Berlin hourly weather"},
		{"48.86,2.35", "traffic", "Paris traffic counts"},
		{"47.37,8.54", "weather", "Zürich weather stations"},
		{"51.51,-0.13", "weather", "London rain gauges"},
	}
	for i, p := range places {
		data := filepath.Join(t.TempDir(), fmt.Sprintf("d%d.csv", i))
		writeFile(t, data, strings.Repeat(fmt.Sprintf("%d,%d,%d\n", i, i*7, i*13), 500+i))
		must(nil, "seller", "publish", data, "--price", fmt.Sprintf("%deth", i+1), "--account", "dev:2")
		must(nil, "search", "register", fmt.Sprint(i+1), "--point", p.point, "--time", "2026-03-01",
			"--attr", "kind="+p.kind, "--keywords", p.keywords)
	}

	// The owner records listing 2's hashid on chain (`spatial register` takes
	// LAT,LON like search); registering other metadata in the catalog is then refused.
	must(nil, "spatial", "register", "2", "--point", "48.86,2.35", "--time", "2026-03-01", "--attr", "kind=traffic", "--account", "dev:2")
	var checked struct{ CheckedOnChain bool }
	must(&checked, "search", "register", "2", "--point", "48.86,2.35", "--time", "2026-03-01", "--attr", "kind=traffic", "--keywords", places[1].keywords)
	if !checked.CheckedOnChain {
		t.Errorf("search register did not check listing 2 against its hashid on chain")
	}

	var ans struct {
		Kind    query.Kind
		Total   int
		Results []searchHit
	}
	tests := []struct {
		name string
		args []string
		want []uint64
	}{
		{"keywords", []string{"search", "weather"}, []uint64{1, 3}}, // London's keywords say "rain"
		{"keywords with diacritics", []string{"search", "zürich"}, []uint64{3}},
		{"nearest with attribute", []string{"search", "--near", "48.0,7.0", "--k", "2", "--attr", "kind=weather"}, []uint64{3, 4}}, // Zürich 135 km, London 643 km, Berlin 660 km
		{"box", []string{"search", "--box", "45,0,50,10"}, []uint64{2, 3}},
		{"polygon", []string{"search", "--polygon", "50,-5;55,15;45,15"}, []uint64{1, 2, 3}},
		{"reverse nearest", []string{"search", "--near", "52.0,13.0", "--reverse-k", "1"}, []uint64{1}},
		{"where", []string{"search", "--where", "price >= 3000000000000000000 && attrs.kind == 'weather'"}, []uint64{3, 4}},
		{"keywords and box", []string{"search", "weather", "--box", "45,0,50,10"}, []uint64{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			must(&ans, tt.args...)
			if got := hitIDs(ans.Results); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	must(&ans, "search", "--near", "48.0,7.0", "--k", "1")
	if ans.Kind != query.Nearest || len(ans.Results) != 1 || ans.Results[0].Meters < 100e3 || ans.Results[0].Meters > 300e3 {
		t.Errorf("nearest to 48,7: got %+v, want one listing 100 to 300 km away", ans)
	}

	// Human output.
	out, _, code := run("search", "--box", "40,-10,60,20", "--limit", "2")
	if code != 0 || !strings.Contains(out, "Berlin hourly weather") || !strings.Contains(out, "2 of 4 matches shown") {
		t.Errorf("human output (exit %d):\n%s", code, out)
	}

	// A demand's requirement, evaluated by the seller's client.
	pub := envelopePublicKeyHex(t)
	if _, errs, code := run("buyer", "demand", "--spec", `cel:attrs.kind ==`, "--max-price", "5eth", "--pubkey", pub, "--account", "dev:3"); code != 1 || !strings.Contains(errs, "does not compile") || !strings.Contains(errs, "nothing was posted") {
		t.Errorf("a demand with a bad cel: spec: exit %d, stderr %q; want 1 and a compile error", code, errs)
	}
	must(nil, "buyer", "demand", "--spec", `cel:attrs.kind == "weather" && near(50.0, 5.0, 600)`, "--max-price", "5eth", "--pubkey", pub, "--account", "dev:3")
	var matched struct {
		Requirement string
		Results     []searchHit
	}
	seller := crypto.PubkeyToAddress(devnode.DevKey(2).PublicKey).Hex()
	must(&matched, "search", "--demand", "1", "--owner", seller)
	if got := hitIDs(matched.Results); fmt.Sprint(got) != "[3 4]" { // Berlin is 640 km away
		t.Errorf("demand 1 for the seller: got %v, want [3 4]", got)
	}
	pirate := crypto.PubkeyToAddress(devnode.DevKey(4).PublicKey).Hex()
	must(&matched, "search", "--demand", "1", "--owner", pirate)
	if len(matched.Results) != 0 {
		t.Errorf("demand 1 for a seller without listings: got %v", hitIDs(matched.Results))
	}

	// The private path answers the same, labelled as a simulation.
	var priv struct {
		Simulated                bool
		Results                  []searchHit
		RequestBytes, ReplyBytes int
	}
	must(&priv, "search", "--near", "48.0,7.0", "--k", "2", "--attr", "kind=weather", "--private", "sim", "--insecure")
	if !priv.Simulated || fmt.Sprint(hitIDs(priv.Results)) != "[3 4]" || priv.RequestBytes == 0 || priv.ReplyBytes == 0 {
		t.Errorf("private search: got %+v, want simulated listings [3 4]", priv)
	}
	_, errs, _ := run("search", "--near", "48.0,7.0", "--k", "2", "--private", "sim", "--insecure")
	if !strings.Contains(errs, "simulated enclave") {
		t.Errorf("the private path does not warn of the simulation on stderr: %q", errs)
	}

	// Reputation of a seller without reviews, and an exchange that does
	// not exist.
	var rep struct {
		Reputation struct {
			Value   float64
			Reviews int
		}
	}
	must(&rep, "reputation", "show", seller)
	if rep.Reputation.Value != 0.5 || rep.Reputation.Reviews != 0 {
		t.Errorf("reputation of an unreviewed seller: got %+v, want 0.5 without reviews", rep.Reputation)
	}
	var ranking struct{ Sellers, Exchanges []any }
	must(&ranking, "reputation", "rank")
	if len(ranking.Sellers) != 0 || len(ranking.Exchanges) != 0 {
		t.Errorf("ranking without reviews or exchanges: got %+v", ranking)
	}

	errTests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"nothing to search", []string{"search"}, 1, "constrains nothing"},
		{"near without k", []string{"search", "--near", "1,2"}, 2, "--k"},
		{"k and reverse-k", []string{"search", "--near", "1,2", "--k", "1", "--reverse-k", "1"}, 2, "not both"},
		{"bad box", []string{"search", "--box", "1,2,3"}, 2, "4 comma-separated"},
		{"latitude out of range", []string{"search", "--near", "100,2", "--k", "1"}, 2, "LAT,LON"},
		{"bad where", []string{"search", "--where", "attrs.kind =="}, 1, "does not compile"},
		{"bad attr", []string{"search", "--attr", "kind"}, 2, "KEY=VALUE"},
		{"bad time", []string{"search", "x", "--from", "yesterday"}, 2, "RFC 3339"},
		{"private without insecure", []string{"search", "x", "--private", "sim"}, 1, "--insecure"},
		{"private to an unknown enclave", []string{"search", "x", "--private", "7", "--insecure"}, 2, "URL of a private query service"},
		{"demand without requirement", []string{"search", "--demand", "9"}, 1, "demand 9"},
		{"register unknown listing", []string{"search", "register", "99", "--point", "1,2", "--time", "2026-01-01"}, 1, "listing 99"},
		{"register without footprint", []string{"search", "register", "1", "--time", "2026-01-01"}, 2, "--point"},
		{"register wrong hashid", []string{"search", "register", "1", "--point", "52.52,13.40", "--time", "2026-03-01", "--hashid", "0x" + strings.Repeat("ab", 32)}, 1, "hashes to"},
		{"register against the hashid on chain", []string{"search", "register", "2", "--point", "48.86,2.35", "--time", "2026-03-02", "--attr", "kind=traffic"}, 1, "hashes to"},
		{"reputation of a non-address", []string{"reputation", "show", "bob"}, 2, "address"},
		{"reputation of nothing", []string{"reputation", "show"}, 2, "SELLER"},
		{"reputation of an unknown exchange", []string{"reputation", "show", "--exchange", "5"}, 1, "UnknownExchange"},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := run(tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tt.code, tt.msg)
			}
		})
	}
	if out, _, code := runCLI(t, ctx, "search", "--help"); code != 0 || !strings.Contains(out, "--reverse-k") || !strings.Contains(out, "SIMULATED") {
		t.Errorf("search --help: exit %d\n%s", code, out)
	}
	if out, _, code := runCLI(t, ctx, "reputation", "--help"); code != 0 || !strings.Contains(out, "third parties") {
		t.Errorf("reputation --help: exit %d\n%s", code, out)
	}
}
