package broker_test

import (
	"os"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/broker"
)

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o600) }

func TestQueryRun(t *testing.T) {
	const data = "name,kind,price\napple,fruit,1.5\npear,fruit,2\nleek,vegetable,0.75\nkiwi,fruit,-0.25\n"
	cases := []struct {
		q     string
		value string
		rows  int
		code  string
	}{
		{`{"op":"count"}`, "4", 4, ""},
		{`{"op":"count","where":[{"column":"kind","op":"=","value":"fruit"}]}`, "3", 3, ""},
		{`{"op":"sum","column":"price"}`, "4", 4, ""},
		{`{"op":"avg","column":"price","where":[{"column":"kind","op":"=","value":"fruit"}]}`, "1.083333", 3, ""},
		{`{"op":"min","column":"price"}`, "-0.25", 4, ""},
		{`{"op":"max","column":"price","where":[{"column":"price","op":"<","value":"2"}]}`, "1.5", 3, ""},
		{`{"op":"max","column":"price","where":[{"column":"name","op":">=","value":"m"}]}`, "2", 1, ""},
		{`{"op":"avg","column":"price","where":[{"column":"kind","op":"=","value":"meat"}]}`, "", 0, ""},
		{`{"op":"sum","column":"name"}`, "", 0, datatrade.EINVALID},
		{`{"op":"sum","column":"weight"}`, "", 0, datatrade.EINVALID},
		{`{"op":"median","column":"price"}`, "", 0, datatrade.EINVALID},
		{`{"op":"count","where":[{"column":"kind","op":"~","value":"f"}]}`, "", 0, datatrade.EINVALID},
		{`{"op":"count","extra":1}`, "", 0, datatrade.EINVALID},
		{`{"op":"count"} {}`, "", 0, datatrade.EINVALID},
	}
	for _, c := range cases {
		q, err := broker.ParseQuery([]byte(c.q))
		var a broker.Answer
		if err == nil {
			a, err = q.Run(testCtx(t), strings.NewReader(data))
		}
		if got := datatrade.ErrorCode(err); got != c.code {
			t.Errorf("%s: code %q (%v), want %q", c.q, got, err, c.code)
			continue
		}
		if err == nil && (a.Value != c.value || a.Rows != c.rows) {
			t.Errorf("%s = %+v, want value %q over %d rows", c.q, a, c.value, c.rows)
		}
	}
}

func TestQueryHashIsCanonical(t *testing.T) {
	a, err := broker.ParseQuery([]byte(`{ "where": [{"value":"x","op":"=","column":"c"}], "op": "count" }`))
	if err != nil {
		t.Fatal(err)
	}
	b := broker.Query{Op: "count", Where: []broker.Condition{{Column: "c", Op: "=", Value: "x"}}}
	if a.Hash() != b.Hash() {
		t.Fatal("the same query parsed from other JSON hashes differently")
	}
	if b.Hash() == (broker.Query{Op: "count"}).Hash() {
		t.Fatal("different queries hash alike")
	}
}

func FuzzParseQuery(f *testing.F) {
	f.Add([]byte(`{"op":"count","where":[{"column":"kind","op":"=","value":"fruit"}]}`))
	f.Add([]byte(`{"op":"avg","column":"price"}`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := broker.ParseQuery(b)
		if err != nil {
			if datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("error code %q: %v", datatrade.ErrorCode(err), err)
			}
			return
		}
		if _, err := q.Run(t.Context(), strings.NewReader("kind,price\nfruit,1\n")); err != nil && datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Fatalf("run: %v", err)
		}
	})
}
