package enclave_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
)

// leaves calls visit with every settable leaf field of v (a struct), by path.
func leaves(path string, v reflect.Value, visit func(path string, f reflect.Value)) {
	if v.Kind() == reflect.Struct {
		for i := range v.NumField() {
			leaves(path+"."+v.Type().Field(i).Name, v.Field(i), visit)
		}
		return
	}
	visit(path, v)
}

// mutate changes a leaf value, whatever its kind.
func mutate(t *testing.T, path string, f reflect.Value) {
	switch f.Kind() {
	case reflect.Uint64, reflect.Uint32, reflect.Uint16:
		f.SetUint(f.Uint() + 1)
	case reflect.String:
		f.SetString(f.String() + "x")
	case reflect.Array: // addresses and hashes
		b := f.Index(f.Len() - 1)
		b.SetUint(b.Uint() ^ 0xff)
	default:
		t.Fatalf("field %s has kind %s that this test cannot mutate; extend the test and Config.Encode", path, f.Kind())
	}
}

// TestConfigHashCoversEveryField changes each field of Config in turn, found
// by reflection so that a field added later without being encoded fails here.
func TestConfigHashCoversEveryField(t *testing.T) {
	base := testConfig()
	baseHash := base.Hash()
	seen := map[[32]byte]string{}
	n := 0
	leaves("Config", reflect.ValueOf(&base).Elem(), func(path string, _ reflect.Value) {
		n++
		c := testConfig()
		var target reflect.Value
		leaves("Config", reflect.ValueOf(&c).Elem(), func(p string, f reflect.Value) {
			if p == path {
				target = f
			}
		})
		mutate(t, path, target)
		h := c.Hash()
		if h == baseHash {
			t.Errorf("changing %s does not change Config.Hash", path)
		}
		if prev, ok := seen[h]; ok {
			t.Errorf("changing %s gives the same hash as changing %s", path, prev)
		}
		seen[h] = path
	})
	if n < 13 {
		t.Errorf("visited %d fields, want at least 13", n)
	}
}

func TestConfigEncodingIsUnambiguous(t *testing.T) {
	a, b := testConfig(), testConfig()
	a.Domain.Name, a.Domain.Version = "datatrade1", ""
	b.Domain.Name, b.Domain.Version = "datatrade", "1"
	if a.Hash() == b.Hash() {
		t.Errorf("name/version %q/%q and %q/%q hash the same", a.Domain.Name, a.Domain.Version, b.Domain.Name, b.Domain.Version)
	}
}

func TestConfigJSONRoundTrip(t *testing.T) {
	c := testConfig()
	js, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back enclave.Config
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if back.Hash() != c.Hash() {
		t.Errorf("config after a JSON round trip hashes %x, want %x (json %s)", back.Hash(), c.Hash(), js)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*enclave.Config)
		ok     bool
	}{
		{"valid", func(*enclave.Config) {}, true},
		{"dev without authority", func(c *enclave.Config) { c.HeaderAuth, c.Authority = enclave.HeaderAuthDev, common.Address{} }, true},
		{"zero chain id", func(c *enclave.Config) { c.ChainID = 0 }, false},
		{"no registry", func(c *enclave.Config) { c.Registry = common.Address{} }, false},
		{"no market", func(c *enclave.Config) { c.Market = common.Address{} }, false},
		{"no escrow", func(c *enclave.Config) { c.Escrow = common.Address{} }, false},
		{"no domain name", func(c *enclave.Config) { c.Domain.Name = "" }, false},
		{"no domain version", func(c *enclave.Config) { c.Domain.Version = "" }, false},
		{"no checkpoint hash", func(c *enclave.Config) { c.Checkpoint.Hash = common.Hash{} }, false},
		{"zero window", func(c *enclave.Config) { c.HeaderWindow = 0 }, false},
		{"confirmations fill the window", func(c *enclave.Config) { c.HeaderWindow, c.Confirmations = 4, 4 }, false},
		{"authority without key", func(c *enclave.Config) { c.Authority = common.Address{} }, false},
		{"dev with a key", func(c *enclave.Config) { c.HeaderAuth = enclave.HeaderAuthDev }, false},
		{"unknown authenticator", func(c *enclave.Config) { c.HeaderAuth = "pos" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testConfig()
			tt.change(&c)
			err := c.Validate()
			if tt.ok && err != nil {
				t.Errorf("Validate = %v, want nil", err)
			}
			if !tt.ok && datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Errorf("Validate = %v, want an invalid error", err)
			}
		})
	}
}
