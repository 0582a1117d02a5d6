package chain

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
)

// closedPort returns a 127.0.0.1 port nobody listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestDialErrorsHideCredentials(t *testing.T) {
	unauthorized := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "bad key", http.StatusUnauthorized)
	}))
	defer unauthorized.Close()
	down := closedPort(t)
	secrets := []string{"alice", "s3cret", "KEY123", "apikey", "TOKEN9"}

	tests := []struct {
		name     string
		url      string
		wantCode string
		wantMsg  []string
	}{
		{"refused http", "http://alice:s3cret@" + down + "/v3/KEY123?apikey=TOKEN9", datatrade.EUNAVAILABLE, []string{"connection refused", "--rpc", "http://" + down}},
		{"refused ws", "ws://alice:s3cret@" + down + "/KEY123?apikey=TOKEN9", datatrade.EUNAVAILABLE, []string{"--rpc", "ws://" + down}},
		{"http 401", strings.Replace(unauthorized.URL, "http://", "http://alice:s3cret@", 1) + "/KEY123?apikey=TOKEN9", datatrade.EUNAVAILABLE, []string{"HTTP status 401", "--rpc"}},
		{"bad scheme", "ftp://alice:s3cret@host/KEY123", datatrade.EINVALID, []string{`"ftp"`, "--rpc"}},
		{"no host", "http:///KEY123", datatrade.EINVALID, []string{"--rpc"}},
		{"malformed", "http://alice:s3cret@[::1/KEY123", datatrade.EINVALID, []string{"--rpc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			c, err := Dial(ctx, tt.url)
			if err == nil {
				c.Close()
				t.Fatal("Dial succeeded, want an error")
			}
			if got := datatrade.ErrorCode(err); got != tt.wantCode {
				t.Fatalf("code: got %q, want %q (err %v)", got, tt.wantCode, err)
			}
			for _, w := range tt.wantMsg {
				if !strings.Contains(datatrade.ErrorMessage(err), w) {
					t.Errorf("message %q lacks %q", datatrade.ErrorMessage(err), w)
				}
			}
			for _, s := range secrets {
				if strings.Contains(err.Error(), s) {
					t.Errorf("error %q reveals %q", err, s)
				}
			}
		})
	}
}

func TestUnreachableAfterDial(t *testing.T) {
	// A Client whose node goes away reports EUNAVAILABLE, not the raw error.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"result":"0x539"}`)
	}))
	c, err := Dial(context.Background(), srv.URL+"/secret-path")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(context.Background())
	if err != nil || id.Int64() != 1337 {
		t.Fatalf("chain id: got %v %v, want 1337", id, err)
	}
	srv.Close()
	_, err = c.Balance(context.Background(), common.Address{1})
	if got := datatrade.ErrorCode(err); got != datatrade.EUNAVAILABLE {
		t.Fatalf("code: got %q, want %q (err %v)", got, datatrade.EUNAVAILABLE, err)
	}
	if strings.Contains(err.Error(), "secret-path") {
		t.Fatalf("error %q reveals the URL path", err)
	}
}

func ExampleClient_DecodeRevert() {
	const errorsABI = `[{"type":"error","name":"TradeNotPaid","inputs":[{"name":"tradeId","type":"uint256"}]}]`
	parsed, _ := abi.JSON(strings.NewReader(errorsABI))
	c := NewClient(nil)
	c.RegisterErrors(&parsed)

	notPaid := parsed.Errors["TradeNotPaid"]
	args, _ := notPaid.Inputs.Pack(big.NewInt(3))
	data := append(notPaid.ID[:4:4], args...)
	err := c.DecodeRevert(data)
	fmt.Println(err.Signature())
	fmt.Println(datatrade.ErrorCode(err), "-", datatrade.ErrorMessage(err))
	// Output:
	// TradeNotPaid(tradeId=3)
	// conflict - the contract refused: TradeNotPaid(tradeId=3)
}
