package datatrade_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/datatrade/datatrade"
)

func TestErrorCodeAndMessage(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		wantCode string
		wantMsg  string
	}{
		{"nil", nil, "", ""},
		{"plain", errors.New("dial tcp 10.0.0.1: secret=abc"), datatrade.EINTERNAL, "internal error"},
		{"direct", datatrade.Errorf(datatrade.ENOTFOUND, "listing %d not found", 7), datatrade.ENOTFOUND, "listing 7 not found"},
		{"wrapped", fmt.Errorf("open trade: %w", datatrade.Errorf(datatrade.ECONFLICT, "trade is paid")), datatrade.ECONFLICT, "trade is paid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datatrade.ErrorCode(tt.err); got != tt.wantCode {
				t.Errorf("ErrorCode = %q, want %q", got, tt.wantCode)
			}
			if got := datatrade.ErrorMessage(tt.err); got != tt.wantMsg {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.wantMsg)
			}
		})
	}
}
