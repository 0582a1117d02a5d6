package broker_test

import (
	"bytes"
	"crypto/rand"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/envelope"
)

func TestBundle(t *testing.T) {
	ctx := testCtx(t)
	key, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	other, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	wc := broker.WrapContext(1337, common.Address{1}, 7, broker.PurposeDelivery)
	data := strings.Repeat("row,1,2\n", 5000)
	b, err := broker.Seal(ctx, rand.Reader, strings.NewReader(data), key.Public(), wc)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := broker.Open(ctx, b, key, wc); err != nil || string(got) != data {
		t.Fatalf("Open = %d bytes, %v; want the data back", len(got), err)
	}
	tampered := broker.Bundle{WrappedKey: b.WrappedKey, Sealed: bytes.Clone(b.Sealed)}
	tampered.Sealed[len(tampered.Sealed)/2] ^= 1
	cases := []struct {
		name string
		b    broker.Bundle
		k    *envelope.PrivateKey
		wc   envelope.WrapContext
	}{
		{"another key", b, other, wc},
		{"another trade", b, key, broker.WrapContext(1337, common.Address{1}, 8, broker.PurposeDelivery)},
		{"another purpose", b, key, broker.WrapContext(1337, common.Address{1}, 7, broker.PurposeUpload)},
		{"another broker", b, key, broker.WrapContext(1337, common.Address{2}, 7, broker.PurposeDelivery)},
		{"tampered data", tampered, key, wc},
	}
	for _, c := range cases {
		got, err := broker.Open(ctx, c.b, c.k, c.wc)
		if datatrade.ErrorCode(err) != datatrade.EINTEGRITY || got != nil {
			t.Errorf("%s: %d bytes, %v; want an integrity error and nothing", c.name, len(got), err)
		}
	}
	if b.Hash() == tampered.Hash() {
		t.Error("a tampered bundle hashes like the original")
	}
}

func BenchmarkQueryRun(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("station,year,value\n")
	for i := range 100_000 {
		sb.WriteString("s" + string(rune('a'+i%7)) + ",2024," + strings.Repeat("7", 1+i%4) + ".5\n")
	}
	data := sb.String()
	q := broker.Query{Op: "avg", Column: "value", Where: []broker.Condition{{Column: "station", Op: "=", Value: "sc"}}}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := q.Run(b.Context(), strings.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
