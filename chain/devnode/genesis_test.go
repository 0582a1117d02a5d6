package devnode

import (
	"testing"

	"github.com/datatrade/datatrade"
)

func TestGenesisDeterministic(t *testing.T) {
	m := chainMeta{ChainID: 1337, DevAccounts: 3, GasLimit: DefaultGasLimit, Fork: Fork, GenesisTime: 1_700_000_000}
	a, b := genesis(m).ToBlock().Hash(), genesis(m).ToBlock().Hash()
	if a != b {
		t.Fatalf("genesis hash differs between builds: %s, %s", a, b)
	}
	m2 := m
	m2.DevAccounts = 4
	if genesis(m2).ToBlock().Hash() == a {
		t.Error("genesis hash does not depend on the dev accounts")
	}
	if got := forkName(chainConfig(1337), m.GenesisTime); got != Fork {
		t.Errorf("fork at genesis: got %q, want %q", got, Fork)
	}
}

func TestParseMeta(t *testing.T) {
	for _, tc := range []struct {
		in   string
		code string
	}{
		{`{"chainId":1337,"devAccounts":10,"gasLimit":60000000,"fork":"osaka"}`, ""},
		{`{"chainId":0,"devAccounts":10,"gasLimit":60000000}`, datatrade.EINVALID},
		{`{"chainId":1,"devAccounts":0,"gasLimit":60000000}`, datatrade.EINVALID},
		{`{"chainId":1,"devAccounts":10,"gasLimit":1}`, datatrade.EINVALID},
		{`{"chainId":-1}`, datatrade.EINVALID},
		{`not json`, datatrade.EINVALID},
		{``, datatrade.EINVALID},
	} {
		_, err := parseMeta([]byte(tc.in))
		if got := datatrade.ErrorCode(err); got != tc.code {
			t.Errorf("parseMeta(%q): got code %q (%v), want %q", tc.in, got, err, tc.code)
		}
	}
}

func FuzzParseMeta(f *testing.F) {
	f.Add([]byte(`{"chainId":1337,"devAccounts":10,"gasLimit":60000000,"fork":"osaka","genesisTime":1}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseMeta(b)
		if err != nil {
			if datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("error code %q, want %q", datatrade.ErrorCode(err), datatrade.EINVALID)
			}
			return
		}
		if m.ChainID == 0 || m.DevAccounts < 1 || m.DevAccounts > maxDevAccounts {
			t.Fatalf("accepted out-of-range meta %+v", m)
		}
	})
}
