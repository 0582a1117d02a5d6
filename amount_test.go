package datatrade_test

import (
	"math/big"
	"testing"

	"github.com/datatrade/datatrade"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want string // decimal wei, "" for an error
	}{
		{"1000", "1000"},
		{"1000wei", "1000"},
		{"1.5eth", "1500000000000000000"},
		{"1.5 ETH", "1500000000000000000"},
		{"2ether", "2000000000000000000"},
		{"20gwei", "20000000000"},
		{"0.000000001gwei", "1"},
		{"0.0000000001gwei", ""},
		{".5eth", "500000000000000000"},
		{"0", "0"},
		{"-1", ""},
		{"1.5", ""},
		{"eth", ""},
		{"", ""},
		{"1e18", ""},
		{"12abc", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := datatrade.ParseAmount(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("ParseAmount(%q) = %v, want an error", tt.in, got)
				}
				if datatrade.ErrorCode(err) != datatrade.EINVALID {
					t.Fatalf("ParseAmount(%q) error code = %q, want invalid", tt.in, datatrade.ErrorCode(err))
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("ParseAmount(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		wei  string
		want string
	}{
		{"0", "0 ETH"},
		{"1", "0.000000000000000001 ETH"},
		{"1500000000000000000", "1.5 ETH"},
		{"-2000000000000000000", "-2 ETH"},
		{"123456789012345678901", "123.456789012345678901 ETH"},
	}
	for _, tt := range tests {
		v, _ := new(big.Int).SetString(tt.wei, 10)
		if got := datatrade.FormatAmount(v); got != tt.want {
			t.Errorf("FormatAmount(%s) = %q, want %q", tt.wei, got, tt.want)
		}
		if back, err := datatrade.ParseAmount(tt.want[:len(tt.want)-4] + "eth"); v.Sign() >= 0 && (err != nil || back.Cmp(v) != 0) {
			t.Errorf("round trip of %s: %v, %v", tt.wei, back, err)
		}
	}
}
