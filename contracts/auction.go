// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AuctionBid is an auto generated low-level Go binding around an user-defined struct.
type AuctionBid struct {
	Commitment [32]byte
	Funds      *big.Int
	Revealed   bool
	Amount     *big.Int
}

// AuctionInfo is an auto generated low-level Go binding around an user-defined struct.
type AuctionInfo struct {
	Seller         common.Address
	CommitDeadline uint64
	RevealDeadline uint64
	Settled        bool
	Reserve        *big.Int
	Deposit        *big.Int
	Listings       []*big.Int
	Owners         []common.Address
	SharesBps      []uint16
	BidCount       uint32
	RevealCount    uint32
	Leader         common.Address
	Highest        *big.Int
	HasSecond      bool
	Second         *big.Int
	Unrevealed     *big.Int
	Price          *big.Int
}

// AuctionMetaData contains all meta data concerning the Auction contract.
var AuctionMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMarket\",\"name\":\"market_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"AlreadyBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"commitDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"now\",\"type\":\"uint64\"}],\"name\":\"BadDeadlines\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BadListingCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"BadShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"commitDeadline\",\"type\":\"uint64\"}],\"name\":\"BiddingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"DepositTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DuplicateListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"funds\",\"type\":\"uint256\"}],\"name\":\"FundsBelowBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"NoBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"NotAllowedToBundle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotListingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"commitDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"NotRevealPhase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"SellerCannotBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownAuction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCommitment\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"listings\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitDeadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"AuctionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeited\",\"type\":\"uint256\"}],\"name\":\"AuctionSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"BidCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"leading\",\"type\":\"bool\"}],\"name\":\"BidRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"BundlingAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_LISTINGS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOTAL_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"allowBundling\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"auctionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"bid\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"bundlingAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"listings\",\"type\":\"uint256[]\"},{\"internalType\":\"uint16[]\",\"name\":\"sharesBps\",\"type\":\"uint16[]\"},{\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"commitDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getAuction\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"commitDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"reserve\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"listings\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"owners\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"sharesBps\",\"type\":\"uint16[]\"},{\"internalType\":\"uint32\",\"name\":\"bidCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealCount\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"leader\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"highest\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"hasSecond\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"second\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unrevealed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"internalType\":\"structAuction.Info\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bidder\",\"type\":\"address\"}],\"name\":\"getBid\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"funds\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structAuction.Bid\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Auction",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161237638038061237683398101604081905261002e91610043565b60015f556001600160a01b0316608052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b6080516122d26100a45f395f81816101e801528181610ec001528181610f700152818161150901526117b301526122d25ff3fe6080604052600436106100fa575f3560e01c8063b2099ceb11610092578063ea1591bb11610062578063ea1591bb146102e5578063eba1b60b146102f8578063efb96d431461034c578063f43cc7731461036b578063f7af129914610380575f5ffd5b8063b2099ceb14610255578063b5bd3eb914610274578063d3cd52bc14610289578063d5d44d80146102b1575f5ffd5b806378bd7935116100cd57806378bd7935146101ab57806380f55605146101d75780638df828001461022257806395eecbe514610241575f5ffd5b80632ad71573146100fe5780633ccfd60b1461012657806361d49ea81461013c5780636c8e82211461014f575b5f5ffd5b348015610109575f5ffd5b5061011360015481565b6040519081526020015b60405180910390f35b348015610131575f5ffd5b5061013a61039f565b005b61013a61014a3660046119a9565b6104b7565b34801561015a575f5ffd5b5061019b6101693660046119e6565b5f9283526007602090815260408085206001600160a01b03948516865282528085209290931684525290205460ff1690565b604051901515815260200161011d565b3480156101b6575f5ffd5b506101ca6101c5366004611a25565b6107ef565b60405161011d9190611ae3565b3480156101e2575f5ffd5b5061020a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161011d565b34801561022d575f5ffd5b5061013a61023c366004611a25565b610a8b565b34801561024c575f5ffd5b50610113601081565b348015610260575f5ffd5b5061011361026f366004611c9c565b610d27565b34801561027f575f5ffd5b5061011360025481565b348015610294575f5ffd5b5061029e61271081565b60405161ffff909116815260200161011d565b3480156102bc575f5ffd5b506101136102cb366004611d41565b6001600160a01b03165f9081526006602052604090205490565b61013a6102f3366004611d63565b611209565b348015610303575f5ffd5b50610317610312366004611d83565b61144f565b60405161011d919081518152602080830151908201526040808301511515908201526060918201519181019190915260800190565b348015610357575f5ffd5b5061013a610366366004611dbe565b6114e0565b348015610376575f5ffd5b5061011360035481565b34801561038b575f5ffd5b5061011361039a366004611df2565b611617565b6103a761165e565b335f90815260066020526040812054908190036103de57604051633a8d87ed60e11b81523360048201526024015b60405180910390fd5b335f90815260066020526040812081905560028054839290610401908490611e40565b90915550506040515f90339083908381818185875af1925050503d805f8114610445576040519150601f19603f3d011682016040523d82523d5f602084013e61044a565b606091505b50509050806104755760405163a09e616560e01b8152336004820152602481018390526044016103d5565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a250506104b560015f55565b565b5f6104c184611686565b8054909150600160a01b90046001600160401b03164210806104f0575060018101546001600160401b03164210155b156105365780546001820154604051635f1e093360e11b815260048101879052600160a01b9092046001600160401b0390811660248401521660448201526064016103d5565b5f8481526005602090815260408083203384529091529020805461057657604051630337388b60e31b8152600481018690523360248201526044016103d5565b600281015460ff16156105a55760405163619cd47560e11b8152600481018690523360248201526044016103d5565b80546105b386338787611617565b146105da57604051631ee8b01f60e11b8152600481018690523360248201526044016103d5565b5f3482600101546105eb9190611e53565b9050848110156106185760405163a6ce56bd60e01b815260048101869052602481018290526044016103d5565b816001015483600b015f82825461062f9190611e40565b925050819055503460035f8282546106479190611e53565b9091555050600182810182905560028301805460ff1916821790556003830186905560078401805460049061068b908490640100000000900463ffffffff16611e66565b92506101000a81548163ffffffff021916908363ffffffff1602179055505f83600201548610610799576007840154600160401b90046001600160a01b03168015806106da5750846008015487115b806106fb57508460080154871480156106fb57506001600160a01b03811633105b1561076457600191506001600160a01b038116156107365760098501805460ff191660011790556008850154600a86015561073688826116c7565b60078501805468010000000000000000600160e01b03191633600160401b0217905560088501879055610797565b600985015460ff16158061077b575084600a015487115b156107975760098501805460ff19166001179055600a85018790555b505b604080518781528215156020820152339189917f18e12105801f19bd11c1eab40db783709bb72a09bef3a44bf2062be4963922d9910160405180910390a3806107e6576107e687336116c7565b50505050505050565b60408051610220810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820181905260e0820181905261010082015261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081019190915261087f82611686565b604080516102208101825282546001600160a01b0381168252600160a01b90046001600160401b03908116602080840191909152600185015491821683850152600160401b90910460ff161515606083015260028401546080830152600384015460a083015260048401805484518184028101840190955280855292949360c0860193909283018282801561093157602002820191905f5260205f20905b81548152602001906001019080831161091d575b505050505081526020016005820180548060200260200160405190810160405280929190818152602001828054801561099157602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610973575b5050505050815260200160068201805480602002602001604051908101604052809291908181526020018280548015610a0e57602002820191905f5260205f20905f905b82829054906101000a900461ffff1661ffff16815260200190600201906020826001010492830192600103820291508084116109d55790505b5050509183525050600782015463ffffffff80821660208401526401000000008204166040830152600160401b90046001600160a01b0316606082015260088201546080820152600982015460ff16151560a0820152600a82015460c0820152600b82015460e0820152600c909101546101009091015292915050565b5f610a9582611686565b60018101549091506001600160401b0316421015610ade57600181015460405163943e65b360e01b8152600481018490526001600160401b0390911660248201526044016103d5565b6001810154600160401b900460ff1615610b0e576040516347f629af60e11b8152600481018390526024016103d5565b60018101805468ff00000000000000001916600160401b179055600b810180545f9091558015610b63578060035f828254610b499190611e40565b90915550508154610b63906001600160a01b031682611723565b6007820154600160401b90046001600160a01b03165f8115610cda57600984015460ff16610b95578360020154610b9b565b83600a01545b600c85018190555f8681526005602090815260408083206001600160a01b03871684529091528120600181018054908390556003805494955091939092839291610be6908490611e40565b909155505082811115610c0657610c0684610c018584611e40565b611723565b5f805b6005880154811015610cb4575f61271061ffff16896006018381548110610c3257610c32611e82565b5f9182526020909120601082040154610c5b91600f166002026101000a900461ffff1688611e96565b610c659190611ead565b9050610c718184611e53565b92508015610cab57610cab896005018381548110610c9157610c91611e82565b5f918252602090912001546001600160a01b031682611723565b50600101610c09565b5080841115610cd6578654610cd6906001600160a01b0316610c018387611e40565b5050505b60408051828152602081018590526001600160a01b0384169187917ff3f2616e1974d63dd639b6a9ee3bb862a76b9bb4909e0a92a1e95b475e3821b7910160405180910390a35050505050565b5f87801580610d365750601081115b15610d5e5760405163c1eae56360e01b815260048101829052601060248201526044016103d5565b868114610d81576040516325497f0160e01b8152600481018890526024016103d5565b42846001600160401b0316111580610dab5750836001600160401b0316836001600160401b031611155b15610de4576040516362a8ab4f60e01b81526001600160401b0380861660048301528085166024830152421660448201526064016103d5565b5f816001600160401b03811115610dfd57610dfd611ecc565b604051908082528060200260200182016040528015610e26578160200160208202803683370190505b5090505f805b838110156110d0575f8d8d83818110610e4757610e47611e82565b9050602002013590505f5f90505b82811015610ea057818f8f83818110610e7057610e70611e82565b9050602002013503610e985760405163ad65f3bb60e01b8152600481018390526024016103d5565b600101610e55565b50610eaa816117a9565b60405163083d13a560e11b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063107a274a906024015f60405180830381865afa158015610f0c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610f339190810190612076565b6101800151610f585760405163161bec9760e01b8152600481018290526024016103d5565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015610fbd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fe191906121d7565b90506001600160a01b038116331480159061102657505f8281526007602090815260408083206001600160a01b0385168452825280832033845290915290205460ff16155b1561105c5760405163be82207d60e01b8152600481018390526001600160a01b03821660248201523360448201526064016103d5565b8085848151811061106f5761106f611e82565b60200260200101906001600160a01b031690816001600160a01b0316815250508c8c848181106110a1576110a1611e82565b90506020020160208101906110b691906121f2565b6110c49061ffff1685611e53565b93505050600101610e2c565b5061271081146110f6576040516325497f0160e01b8152600481018290526024016103d5565b60015f815461110490612213565b91829055505f81815260046020819052604090912080546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b6001600160401b038b81169190910291909117825560018201805467ffffffffffffffff1916918a16919091179055600281018b9055600381018a90559195506111879082018e8e611858565b50825161119d90600583019060208601906118a1565b506111ac600682018c8c6118f4565b50336001600160a01b0316857f95a4b48efd44bf683395a10ecb0f6711e5d90c9069b32bd62be99d514f9f25658f8f8d8d8d8d6040516111f19695949392919061222b565b60405180910390a35050505098975050505050505050565b5f61121383611686565b8054909150600160a01b90046001600160401b0316421061126257805460405163c8d0545760e01b815260048101859052600160a01b9091046001600160401b031660248201526044016103d5565b81611280576040516351bda03d60e01b815260040160405180910390fd5b80546001600160a01b031633036112b357604051631c9d3df360e31b8152600481018490523360248201526044016103d5565b5f5b600582015481101561132357336001600160a01b03168260050182815481106112e0576112e0611e82565b5f918252602090912001546001600160a01b03160361131b57604051631c9d3df360e31b8152600481018590523360248201526044016103d5565b6001016112b5565b505f8381526005602090815260408083203384529091529020805415611365576040516370ba739f60e01b8152600481018590523360248201526044016103d5565b816003015434101561139957600382015460405163ea691a4b60e01b815234600482015260248101919091526044016103d5565b828155346001808301919091556007830180545f906113bf90849063ffffffff16611e66565b92506101000a81548163ffffffff021916908363ffffffff1602179055503482600b015f8282546113f09190611e53565b925050819055503460035f8282546114089190611e53565b909155505060408051848152346020820152339186917fac0361642c7caf4d76d0e2dfbe38804253aedd43a560146470da108817ceb405910160405180910390a350505050565b61147860405180608001604052805f81526020015f81526020015f151581526020015f81525090565b61148183611686565b50505f8281526005602090815260408083206001600160a01b0385168452825291829020825160808101845281548152600182015492810192909252600281015460ff1615159282019290925260039091015460608201525b92915050565b6114e9836117a9565b6040516331a9108f60e11b81526004810184905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa15801561154e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061157291906121d7565b6001600160a01b0316146115a257604051630a98fd3560e11b8152600481018490523360248201526044016103d5565b5f838152600760209081526040808320338085529083528184206001600160a01b03871680865290845293829020805460ff191686151590811790915591519182529186917ff547850cca79c9af402b39cbad3a3d319680649b8dd38f070176a47413f810c9910160405180910390a4505050565b604080516020808201969096526001600160a01b03949094168482015260608401929092526080808401919091528151808403909101815260a09092019052805191012090565b60025f540361168057604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b5f811580611695575060015482115b156116b65760405163131a9b9560e21b8152600481018390526024016103d5565b505f90815260046020526040902090565b5f8281526005602090815260408083206001600160a01b03851684529091528120600181018054908390556003805492939192839290611708908490611e40565b9091555050801561171d5761171d8382611723565b50505050565b6001600160a01b0382165f908152600660205260408120805483929061174a908490611e53565b925050819055508060025f8282546117629190611e53565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b80158061183457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a9b07c266040518163ffffffff1660e01b8152600401602060405180830381865afa15801561180d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118319190612285565b81115b15611855576040516358a30b2d60e11b8152600481018290526024016103d5565b50565b828054828255905f5260205f20908101928215611891579160200282015b82811115611891578235825591602001919060010190611876565b5061189d929150611995565b5090565b828054828255905f5260205f20908101928215611891579160200282015b8281111561189157825182546001600160a01b0319166001600160a01b039091161782556020909201916001909101906118bf565b828054828255905f5260205f2090600f01601090048101928215611891579160200282015f5b8382111561195e57833561ffff1683826101000a81548161ffff021916908361ffff160217905550926020019260020160208160010104928301926001030261191a565b801561198c5782816101000a81549061ffff021916905560020160208160010104928301926001030261195e565b505061189d9291505b5b8082111561189d575f8155600101611996565b5f5f5f606084860312156119bb575f5ffd5b505081359360208301359350604090920135919050565b6001600160a01b0381168114611855575f5ffd5b5f5f5f606084860312156119f8575f5ffd5b833592506020840135611a0a816119d2565b91506040840135611a1a816119d2565b809150509250925092565b5f60208284031215611a35575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b82811015611a6c578151865260209586019590910190600101611a4e565b5093949350505050565b5f8151808452602084019350602083015f5b82811015611a6c5781516001600160a01b0316865260209586019590910190600101611a88565b5f8151808452602084019350602083015f5b82811015611a6c57815161ffff16865260209586019590910190600101611ac1565b60208152611afd6020820183516001600160a01b03169052565b5f6020830151611b1860408401826001600160401b03169052565b5060408301516001600160401b0381166060840152506060830151801515608084015250608083015160a083015260a083015160c083015260c083015161022060e0840152611b6b610240840182611a3c565b905060e0840151601f1984830301610100850152611b898282611a76565b915050610100840151601f1984830301610120850152611ba98282611aaf565b915050610120840151611bc561014085018263ffffffff169052565b5061014084015163ffffffff8116610160850152506101608401516001600160a01b038116610180850152506101808401516101a08401526101a0840151611c126101c085018215159052565b506101c08401516101e08401526101e08401516102008401526102008401516102208401528091505092915050565b5f5f83601f840112611c51575f5ffd5b5081356001600160401b03811115611c67575f5ffd5b6020830191508360208260051b8501011115611c81575f5ffd5b9250929050565b6001600160401b0381168114611855575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215611cb3575f5ffd5b88356001600160401b03811115611cc8575f5ffd5b611cd48b828c01611c41565b90995097505060208901356001600160401b03811115611cf2575f5ffd5b611cfe8b828c01611c41565b90975095505060408901359350606089013592506080890135611d2081611c88565b915060a0890135611d3081611c88565b809150509295985092959890939650565b5f60208284031215611d51575f5ffd5b8135611d5c816119d2565b9392505050565b5f5f60408385031215611d74575f5ffd5b50508035926020909101359150565b5f5f60408385031215611d94575f5ffd5b823591506020830135611da6816119d2565b809150509250929050565b8015158114611855575f5ffd5b5f5f5f60608486031215611dd0575f5ffd5b833592506020840135611de2816119d2565b91506040840135611a1a81611db1565b5f5f5f5f60808587031215611e05575f5ffd5b843593506020850135611e17816119d2565b93969395505050506040820135916060013590565b634e487b7160e01b5f52601160045260245ffd5b818103818111156114da576114da611e2c565b808201808211156114da576114da611e2c565b63ffffffff81811683821601908111156114da576114da611e2c565b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176114da576114da611e2c565b5f82611ec757634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b0381118282101715611f0357611f03611ecc565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611f3157611f31611ecc565b604052919050565b5f82601f830112611f48575f5ffd5b81516001600160401b03811115611f6157611f61611ecc565b611f74601f8201601f1916602001611f09565b818152846020838601011115611f88575f5ffd5b5f5b82811015611fa657602081860181015183830182015201611f8a565b505f918101602001919091529392505050565b8051611fc481611c88565b919050565b805163ffffffff81168114611fc4575f5ffd5b805160ff81168114611fc4575f5ffd5b5f82601f830112611ffb575f5ffd5b81516001600160401b0381111561201457612014611ecc565b8060051b61202460208201611f09565b9182526020818501810192908101908684111561203f575f5ffd5b6020860192505b83831015612061578251825260209283019290910190612046565b9695505050505050565b8051611fc481611db1565b5f60208284031215612086575f5ffd5b81516001600160401b0381111561209b575f5ffd5b82016101c081850312156120ad575f5ffd5b6120b5611ee0565b81516001600160401b038111156120ca575f5ffd5b6120d686828501611f39565b825250602082810151908201526120ef60408301611fb9565b604082015261210060608301611fc9565b60608201526080828101519082015260a08201516001600160401b03811115612127575f5ffd5b61213386828501611f39565b60a08301525060c0828101519082015261214f60e08301611fdc565b60e082015261010082810151908201526101208201516001600160401b03811115612178575f5ffd5b61218486828501611fec565b610120830152506121986101408301611fb9565b61014082015261016082810151908201526121b6610180830161206b565b6101808201526121c96101a0830161206b565b6101a0820152949350505050565b5f602082840312156121e7575f5ffd5b8151611d5c816119d2565b5f60208284031215612202575f5ffd5b813561ffff81168114611d5c575f5ffd5b5f6001820161222457612224611e2c565b5060010190565b60a080825281018690525f6001600160fb1b03871115612249575f5ffd5b8660051b808960c085013760208301969096525060408101939093526001600160401b0391821660608401521660808201520160c00192915050565b5f60208284031215612295575f5ffd5b505191905056fea26469706673582212201664ce468216c6125c752eb95b5fd1083edd5c4d855108d8085b7258c8bcca6a64736f6c634300081c0033",
}

// Auction is an auto generated Go binding around an Ethereum contract.
type Auction struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Auction) GetABI() abi.ABI {
	return c.abi
}

// NewAuction creates a new instance of Auction.
func NewAuction() *Auction {
	parsed, err := AuctionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Auction{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Auction) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_) returns()
func (auction *Auction) PackConstructor(market_ common.Address) []byte {
	enc, err := auction.abi.Pack("", market_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXLISTINGS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95eecbe5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LISTINGS() view returns(uint256)
func (auction *Auction) PackMAXLISTINGS() []byte {
	enc, err := auction.abi.Pack("MAX_LISTINGS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLISTINGS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95eecbe5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LISTINGS() view returns(uint256)
func (auction *Auction) TryPackMAXLISTINGS() ([]byte, error) {
	return auction.abi.Pack("MAX_LISTINGS")
}

// UnpackMAXLISTINGS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95eecbe5.
//
// Solidity: function MAX_LISTINGS() view returns(uint256)
func (auction *Auction) UnpackMAXLISTINGS(data []byte) (*big.Int, error) {
	out, err := auction.abi.Unpack("MAX_LISTINGS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTOTALBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3cd52bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TOTAL_BPS() view returns(uint16)
func (auction *Auction) PackTOTALBPS() []byte {
	enc, err := auction.abi.Pack("TOTAL_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTOTALBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3cd52bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TOTAL_BPS() view returns(uint16)
func (auction *Auction) TryPackTOTALBPS() ([]byte, error) {
	return auction.abi.Pack("TOTAL_BPS")
}

// UnpackTOTALBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3cd52bc.
//
// Solidity: function TOTAL_BPS() view returns(uint16)
func (auction *Auction) UnpackTOTALBPS(data []byte) (uint16, error) {
	out, err := auction.abi.Unpack("TOTAL_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackAllowBundling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefb96d43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowBundling(uint256 listingId, address seller, bool allowed) returns()
func (auction *Auction) PackAllowBundling(listingId *big.Int, seller common.Address, allowed bool) []byte {
	enc, err := auction.abi.Pack("allowBundling", listingId, seller, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowBundling is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefb96d43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowBundling(uint256 listingId, address seller, bool allowed) returns()
func (auction *Auction) TryPackAllowBundling(listingId *big.Int, seller common.Address, allowed bool) ([]byte, error) {
	return auction.abi.Pack("allowBundling", listingId, seller, allowed)
}

// PackAuctionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ad71573.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function auctionCount() view returns(uint256)
func (auction *Auction) PackAuctionCount() []byte {
	enc, err := auction.abi.Pack("auctionCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuctionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ad71573.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function auctionCount() view returns(uint256)
func (auction *Auction) TryPackAuctionCount() ([]byte, error) {
	return auction.abi.Pack("auctionCount")
}

// UnpackAuctionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ad71573.
//
// Solidity: function auctionCount() view returns(uint256)
func (auction *Auction) UnpackAuctionCount(data []byte) (*big.Int, error) {
	out, err := auction.abi.Unpack("auctionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1591bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bid(uint256 id, bytes32 commitment) payable returns()
func (auction *Auction) PackBid(id *big.Int, commitment [32]byte) []byte {
	enc, err := auction.abi.Pack("bid", id, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1591bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bid(uint256 id, bytes32 commitment) payable returns()
func (auction *Auction) TryPackBid(id *big.Int, commitment [32]byte) ([]byte, error) {
	return auction.abi.Pack("bid", id, commitment)
}

// PackBundlingAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c8e8221.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bundlingAllowed(uint256 listingId, address owner, address seller) view returns(bool)
func (auction *Auction) PackBundlingAllowed(listingId *big.Int, owner common.Address, seller common.Address) []byte {
	enc, err := auction.abi.Pack("bundlingAllowed", listingId, owner, seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBundlingAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c8e8221.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bundlingAllowed(uint256 listingId, address owner, address seller) view returns(bool)
func (auction *Auction) TryPackBundlingAllowed(listingId *big.Int, owner common.Address, seller common.Address) ([]byte, error) {
	return auction.abi.Pack("bundlingAllowed", listingId, owner, seller)
}

// UnpackBundlingAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c8e8221.
//
// Solidity: function bundlingAllowed(uint256 listingId, address owner, address seller) view returns(bool)
func (auction *Auction) UnpackBundlingAllowed(data []byte) (bool, error) {
	out, err := auction.abi.Unpack("bundlingAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7af1299.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(uint256 id, address bidder, uint256 amount, bytes32 salt) pure returns(bytes32)
func (auction *Auction) PackCommitmentOf(id *big.Int, bidder common.Address, amount *big.Int, salt [32]byte) []byte {
	enc, err := auction.abi.Pack("commitmentOf", id, bidder, amount, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7af1299.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(uint256 id, address bidder, uint256 amount, bytes32 salt) pure returns(bytes32)
func (auction *Auction) TryPackCommitmentOf(id *big.Int, bidder common.Address, amount *big.Int, salt [32]byte) ([]byte, error) {
	return auction.abi.Pack("commitmentOf", id, bidder, amount, salt)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7af1299.
//
// Solidity: function commitmentOf(uint256 id, address bidder, uint256 amount, bytes32 salt) pure returns(bytes32)
func (auction *Auction) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := auction.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2099ceb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(uint256[] listings, uint16[] sharesBps, uint256 reserve, uint256 deposit, uint64 commitDeadline, uint64 revealDeadline) returns(uint256 id)
func (auction *Auction) PackCreate(listings []*big.Int, sharesBps []uint16, reserve *big.Int, deposit *big.Int, commitDeadline uint64, revealDeadline uint64) []byte {
	enc, err := auction.abi.Pack("create", listings, sharesBps, reserve, deposit, commitDeadline, revealDeadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2099ceb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(uint256[] listings, uint16[] sharesBps, uint256 reserve, uint256 deposit, uint64 commitDeadline, uint64 revealDeadline) returns(uint256 id)
func (auction *Auction) TryPackCreate(listings []*big.Int, sharesBps []uint16, reserve *big.Int, deposit *big.Int, commitDeadline uint64, revealDeadline uint64) ([]byte, error) {
	return auction.abi.Pack("create", listings, sharesBps, reserve, deposit, commitDeadline, revealDeadline)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2099ceb.
//
// Solidity: function create(uint256[] listings, uint16[] sharesBps, uint256 reserve, uint256 deposit, uint64 commitDeadline, uint64 revealDeadline) returns(uint256 id)
func (auction *Auction) UnpackCreate(data []byte) (*big.Int, error) {
	out, err := auction.abi.Unpack("create", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (auction *Auction) PackCredit(account common.Address) []byte {
	enc, err := auction.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (auction *Auction) TryPackCredit(account common.Address) ([]byte, error) {
	return auction.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (auction *Auction) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := auction.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78bd7935.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAuction(uint256 id) view returns((address,uint64,uint64,bool,uint256,uint256,uint256[],address[],uint16[],uint32,uint32,address,uint256,bool,uint256,uint256,uint256))
func (auction *Auction) PackGetAuction(id *big.Int) []byte {
	enc, err := auction.abi.Pack("getAuction", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAuction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78bd7935.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAuction(uint256 id) view returns((address,uint64,uint64,bool,uint256,uint256,uint256[],address[],uint16[],uint32,uint32,address,uint256,bool,uint256,uint256,uint256))
func (auction *Auction) TryPackGetAuction(id *big.Int) ([]byte, error) {
	return auction.abi.Pack("getAuction", id)
}

// UnpackGetAuction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78bd7935.
//
// Solidity: function getAuction(uint256 id) view returns((address,uint64,uint64,bool,uint256,uint256,uint256[],address[],uint16[],uint32,uint32,address,uint256,bool,uint256,uint256,uint256))
func (auction *Auction) UnpackGetAuction(data []byte) (AuctionInfo, error) {
	out, err := auction.abi.Unpack("getAuction", data)
	if err != nil {
		return *new(AuctionInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(AuctionInfo)).(*AuctionInfo)
	return out0, nil
}

// PackGetBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba1b60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBid(uint256 id, address bidder) view returns((bytes32,uint256,bool,uint256))
func (auction *Auction) PackGetBid(id *big.Int, bidder common.Address) []byte {
	enc, err := auction.abi.Pack("getBid", id, bidder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba1b60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBid(uint256 id, address bidder) view returns((bytes32,uint256,bool,uint256))
func (auction *Auction) TryPackGetBid(id *big.Int, bidder common.Address) ([]byte, error) {
	return auction.abi.Pack("getBid", id, bidder)
}

// UnpackGetBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeba1b60b.
//
// Solidity: function getBid(uint256 id, address bidder) view returns((bytes32,uint256,bool,uint256))
func (auction *Auction) UnpackGetBid(data []byte) (AuctionBid, error) {
	out, err := auction.abi.Unpack("getBid", data)
	if err != nil {
		return *new(AuctionBid), err
	}
	out0 := *abi.ConvertType(out[0], new(AuctionBid)).(*AuctionBid)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (auction *Auction) PackMarket() []byte {
	enc, err := auction.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (auction *Auction) TryPackMarket() ([]byte, error) {
	return auction.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (auction *Auction) UnpackMarket(data []byte) (common.Address, error) {
	out, err := auction.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d49ea8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 id, uint256 amount, bytes32 salt) payable returns()
func (auction *Auction) PackReveal(id *big.Int, amount *big.Int, salt [32]byte) []byte {
	enc, err := auction.abi.Pack("reveal", id, amount, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d49ea8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 id, uint256 amount, bytes32 salt) payable returns()
func (auction *Auction) TryPackReveal(id *big.Int, amount *big.Int, salt [32]byte) ([]byte, error) {
	return auction.abi.Pack("reveal", id, amount, salt)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 id) returns()
func (auction *Auction) PackSettle(id *big.Int) []byte {
	enc, err := auction.abi.Pack("settle", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 id) returns()
func (auction *Auction) TryPackSettle(id *big.Int) ([]byte, error) {
	return auction.abi.Pack("settle", id)
}

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (auction *Auction) PackTotalCredits() []byte {
	enc, err := auction.abi.Pack("totalCredits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalCredits() view returns(uint256)
func (auction *Auction) TryPackTotalCredits() ([]byte, error) {
	return auction.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (auction *Auction) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := auction.abi.Unpack("totalCredits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (auction *Auction) PackTotalHeld() []byte {
	enc, err := auction.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (auction *Auction) TryPackTotalHeld() ([]byte, error) {
	return auction.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (auction *Auction) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := auction.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (auction *Auction) PackWithdraw() []byte {
	enc, err := auction.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (auction *Auction) TryPackWithdraw() ([]byte, error) {
	return auction.abi.Pack("withdraw")
}

// AuctionAuctionCreated represents a AuctionCreated event raised by the Auction contract.
type AuctionAuctionCreated struct {
	Id             *big.Int
	Seller         common.Address
	Listings       []*big.Int
	Reserve        *big.Int
	Deposit        *big.Int
	CommitDeadline uint64
	RevealDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const AuctionAuctionCreatedEventName = "AuctionCreated"

// ContractEventName returns the user-defined event name.
func (AuctionAuctionCreated) ContractEventName() string {
	return AuctionAuctionCreatedEventName
}

// UnpackAuctionCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionCreated(uint256 indexed id, address indexed seller, uint256[] listings, uint256 reserve, uint256 deposit, uint64 commitDeadline, uint64 revealDeadline)
func (auction *Auction) UnpackAuctionCreatedEvent(log *types.Log) (*AuctionAuctionCreated, error) {
	event := "AuctionCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionAuctionCreated)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionAuctionSettled represents a AuctionSettled event raised by the Auction contract.
type AuctionAuctionSettled struct {
	Id        *big.Int
	Winner    common.Address
	Price     *big.Int
	Forfeited *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AuctionAuctionSettledEventName = "AuctionSettled"

// ContractEventName returns the user-defined event name.
func (AuctionAuctionSettled) ContractEventName() string {
	return AuctionAuctionSettledEventName
}

// UnpackAuctionSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionSettled(uint256 indexed id, address indexed winner, uint256 price, uint256 forfeited)
func (auction *Auction) UnpackAuctionSettledEvent(log *types.Log) (*AuctionAuctionSettled, error) {
	event := "AuctionSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionAuctionSettled)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionBidCommitted represents a BidCommitted event raised by the Auction contract.
type AuctionBidCommitted struct {
	Id         *big.Int
	Bidder     common.Address
	Commitment [32]byte
	Deposit    *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AuctionBidCommittedEventName = "BidCommitted"

// ContractEventName returns the user-defined event name.
func (AuctionBidCommitted) ContractEventName() string {
	return AuctionBidCommittedEventName
}

// UnpackBidCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidCommitted(uint256 indexed id, address indexed bidder, bytes32 commitment, uint256 deposit)
func (auction *Auction) UnpackBidCommittedEvent(log *types.Log) (*AuctionBidCommitted, error) {
	event := "BidCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionBidCommitted)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionBidRevealed represents a BidRevealed event raised by the Auction contract.
type AuctionBidRevealed struct {
	Id      *big.Int
	Bidder  common.Address
	Amount  *big.Int
	Leading bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionBidRevealedEventName = "BidRevealed"

// ContractEventName returns the user-defined event name.
func (AuctionBidRevealed) ContractEventName() string {
	return AuctionBidRevealedEventName
}

// UnpackBidRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidRevealed(uint256 indexed id, address indexed bidder, uint256 amount, bool leading)
func (auction *Auction) UnpackBidRevealedEvent(log *types.Log) (*AuctionBidRevealed, error) {
	event := "BidRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionBidRevealed)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionBundlingAllowed represents a BundlingAllowed event raised by the Auction contract.
type AuctionBundlingAllowed struct {
	ListingId *big.Int
	Owner     common.Address
	Seller    common.Address
	Allowed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const AuctionBundlingAllowedEventName = "BundlingAllowed"

// ContractEventName returns the user-defined event name.
func (AuctionBundlingAllowed) ContractEventName() string {
	return AuctionBundlingAllowedEventName
}

// UnpackBundlingAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BundlingAllowed(uint256 indexed listingId, address indexed owner, address indexed seller, bool allowed)
func (auction *Auction) UnpackBundlingAllowedEvent(log *types.Log) (*AuctionBundlingAllowed, error) {
	event := "BundlingAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionBundlingAllowed)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionCredited represents a Credited event raised by the Auction contract.
type AuctionCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (AuctionCredited) ContractEventName() string {
	return AuctionCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (auction *Auction) UnpackCreditedEvent(log *types.Log) (*AuctionCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionCredited)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionWithdrawn represents a Withdrawn event raised by the Auction contract.
type AuctionWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AuctionWithdrawn) ContractEventName() string {
	return AuctionWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (auction *Auction) UnpackWithdrawnEvent(log *types.Log) (*AuctionWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionWithdrawn)
	if len(log.Data) > 0 {
		if err := auction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (auction *Auction) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], auction.abi.Errors["AlreadyBid"].ID.Bytes()[:4]) {
		return auction.UnpackAlreadyBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return auction.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["AlreadySettled"].ID.Bytes()[:4]) {
		return auction.UnpackAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["BadDeadlines"].ID.Bytes()[:4]) {
		return auction.UnpackBadDeadlinesError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["BadListingCount"].ID.Bytes()[:4]) {
		return auction.UnpackBadListingCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["BadShares"].ID.Bytes()[:4]) {
		return auction.UnpackBadSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["BiddingClosed"].ID.Bytes()[:4]) {
		return auction.UnpackBiddingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return auction.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["DepositTooLow"].ID.Bytes()[:4]) {
		return auction.UnpackDepositTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["DuplicateListing"].ID.Bytes()[:4]) {
		return auction.UnpackDuplicateListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["FundsBelowBid"].ID.Bytes()[:4]) {
		return auction.UnpackFundsBelowBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["ListingInactive"].ID.Bytes()[:4]) {
		return auction.UnpackListingInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["NoBid"].ID.Bytes()[:4]) {
		return auction.UnpackNoBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["NotAllowedToBundle"].ID.Bytes()[:4]) {
		return auction.UnpackNotAllowedToBundleError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["NotListingOwner"].ID.Bytes()[:4]) {
		return auction.UnpackNotListingOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["NotRevealPhase"].ID.Bytes()[:4]) {
		return auction.UnpackNotRevealPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return auction.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["PaymentFailed"].ID.Bytes()[:4]) {
		return auction.UnpackPaymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return auction.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["RevealNotOver"].ID.Bytes()[:4]) {
		return auction.UnpackRevealNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["SellerCannotBid"].ID.Bytes()[:4]) {
		return auction.UnpackSellerCannotBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["UnknownAuction"].ID.Bytes()[:4]) {
		return auction.UnpackUnknownAuctionError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["UnknownListing"].ID.Bytes()[:4]) {
		return auction.UnpackUnknownListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], auction.abi.Errors["ZeroCommitment"].ID.Bytes()[:4]) {
		return auction.UnpackZeroCommitmentError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AuctionAlreadyBid represents a AlreadyBid error raised by the Auction contract.
type AuctionAlreadyBid struct {
	Id     *big.Int
	Bidder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyBid(uint256 id, address bidder)
func AuctionAlreadyBidErrorID() common.Hash {
	return common.HexToHash("0x70ba739f4785ec7b0590eb4ee88da8d0174afd635308b886e7c40bce10d89ca4")
}

// UnpackAlreadyBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyBid(uint256 id, address bidder)
func (auction *Auction) UnpackAlreadyBidError(raw []byte) (*AuctionAlreadyBid, error) {
	out := new(AuctionAlreadyBid)
	if err := auction.abi.UnpackIntoInterface(out, "AlreadyBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionAlreadyRevealed represents a AlreadyRevealed error raised by the Auction contract.
type AuctionAlreadyRevealed struct {
	Id     *big.Int
	Bidder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 id, address bidder)
func AuctionAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 id, address bidder)
func (auction *Auction) UnpackAlreadyRevealedError(raw []byte) (*AuctionAlreadyRevealed, error) {
	out := new(AuctionAlreadyRevealed)
	if err := auction.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionAlreadySettled represents a AlreadySettled error raised by the Auction contract.
type AuctionAlreadySettled struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySettled(uint256 id)
func AuctionAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x8fec535e2000df0687739fc3f7b0b32ca8943ff6ba4f67b2172ade47d16ace06")
}

// UnpackAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySettled(uint256 id)
func (auction *Auction) UnpackAlreadySettledError(raw []byte) (*AuctionAlreadySettled, error) {
	out := new(AuctionAlreadySettled)
	if err := auction.abi.UnpackIntoInterface(out, "AlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionBadDeadlines represents a BadDeadlines error raised by the Auction contract.
type AuctionBadDeadlines struct {
	CommitDeadline uint64
	RevealDeadline uint64
	Now            uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDeadlines(uint64 commitDeadline, uint64 revealDeadline, uint64 now)
func AuctionBadDeadlinesErrorID() common.Hash {
	return common.HexToHash("0x62a8ab4fe618e99063174d30a5e813d799169322472f489f276bd4171ccc4ec7")
}

// UnpackBadDeadlinesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDeadlines(uint64 commitDeadline, uint64 revealDeadline, uint64 now)
func (auction *Auction) UnpackBadDeadlinesError(raw []byte) (*AuctionBadDeadlines, error) {
	out := new(AuctionBadDeadlines)
	if err := auction.abi.UnpackIntoInterface(out, "BadDeadlines", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionBadListingCount represents a BadListingCount error raised by the Auction contract.
type AuctionBadListingCount struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadListingCount(uint256 count, uint256 max)
func AuctionBadListingCountErrorID() common.Hash {
	return common.HexToHash("0xc1eae563dec0092a2bcb9625781fe65acdc56e281b4212e6b79056c0a3085d0e")
}

// UnpackBadListingCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadListingCount(uint256 count, uint256 max)
func (auction *Auction) UnpackBadListingCountError(raw []byte) (*AuctionBadListingCount, error) {
	out := new(AuctionBadListingCount)
	if err := auction.abi.UnpackIntoInterface(out, "BadListingCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionBadShares represents a BadShares error raised by the Auction contract.
type AuctionBadShares struct {
	Total *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShares(uint256 total)
func AuctionBadSharesErrorID() common.Hash {
	return common.HexToHash("0x25497f01e8f605637c35187a44e3e0f01869da5c48cdf40d8b7a394345daf9ce")
}

// UnpackBadSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShares(uint256 total)
func (auction *Auction) UnpackBadSharesError(raw []byte) (*AuctionBadShares, error) {
	out := new(AuctionBadShares)
	if err := auction.abi.UnpackIntoInterface(out, "BadShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionBiddingClosed represents a BiddingClosed error raised by the Auction contract.
type AuctionBiddingClosed struct {
	Id             *big.Int
	CommitDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BiddingClosed(uint256 id, uint64 commitDeadline)
func AuctionBiddingClosedErrorID() common.Hash {
	return common.HexToHash("0xc8d0545715bd0b66f7889222c9a86495fe78d12ecc553a39e7f94ee7e80c198a")
}

// UnpackBiddingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BiddingClosed(uint256 id, uint64 commitDeadline)
func (auction *Auction) UnpackBiddingClosedError(raw []byte) (*AuctionBiddingClosed, error) {
	out := new(AuctionBiddingClosed)
	if err := auction.abi.UnpackIntoInterface(out, "BiddingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionCommitmentMismatch represents a CommitmentMismatch error raised by the Auction contract.
type AuctionCommitmentMismatch struct {
	Id     *big.Int
	Bidder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 id, address bidder)
func AuctionCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 id, address bidder)
func (auction *Auction) UnpackCommitmentMismatchError(raw []byte) (*AuctionCommitmentMismatch, error) {
	out := new(AuctionCommitmentMismatch)
	if err := auction.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionDepositTooLow represents a DepositTooLow error raised by the Auction contract.
type AuctionDepositTooLow struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLow(uint256 sent, uint256 required)
func AuctionDepositTooLowErrorID() common.Hash {
	return common.HexToHash("0xea691a4b68c635b7e21a275792c61d4721c03079c6c4d0369ae3f07f57063e76")
}

// UnpackDepositTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLow(uint256 sent, uint256 required)
func (auction *Auction) UnpackDepositTooLowError(raw []byte) (*AuctionDepositTooLow, error) {
	out := new(AuctionDepositTooLow)
	if err := auction.abi.UnpackIntoInterface(out, "DepositTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionDuplicateListing represents a DuplicateListing error raised by the Auction contract.
type AuctionDuplicateListing struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateListing(uint256 id)
func AuctionDuplicateListingErrorID() common.Hash {
	return common.HexToHash("0xad65f3bbc52734dede87deea00c2a9b3d7540742d95281882d069b306000e719")
}

// UnpackDuplicateListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateListing(uint256 id)
func (auction *Auction) UnpackDuplicateListingError(raw []byte) (*AuctionDuplicateListing, error) {
	out := new(AuctionDuplicateListing)
	if err := auction.abi.UnpackIntoInterface(out, "DuplicateListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionFundsBelowBid represents a FundsBelowBid error raised by the Auction contract.
type AuctionFundsBelowBid struct {
	Amount *big.Int
	Funds  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FundsBelowBid(uint256 amount, uint256 funds)
func AuctionFundsBelowBidErrorID() common.Hash {
	return common.HexToHash("0xa6ce56bd7ed0102c4052fa8b66c127e3544f37215cd4c40670ffcd469259593b")
}

// UnpackFundsBelowBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FundsBelowBid(uint256 amount, uint256 funds)
func (auction *Auction) UnpackFundsBelowBidError(raw []byte) (*AuctionFundsBelowBid, error) {
	out := new(AuctionFundsBelowBid)
	if err := auction.abi.UnpackIntoInterface(out, "FundsBelowBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionListingInactive represents a ListingInactive error raised by the Auction contract.
type AuctionListingInactive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingInactive(uint256 id)
func AuctionListingInactiveErrorID() common.Hash {
	return common.HexToHash("0x161bec9702a4910408c759d4078d91106b875d71aeb4405e407bc181938aa321")
}

// UnpackListingInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingInactive(uint256 id)
func (auction *Auction) UnpackListingInactiveError(raw []byte) (*AuctionListingInactive, error) {
	out := new(AuctionListingInactive)
	if err := auction.abi.UnpackIntoInterface(out, "ListingInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionNoBid represents a NoBid error raised by the Auction contract.
type AuctionNoBid struct {
	Id     *big.Int
	Bidder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBid(uint256 id, address bidder)
func AuctionNoBidErrorID() common.Hash {
	return common.HexToHash("0x19b9c458ed11b1ffba058bffe533b5c26e71bd5f6215b0d68de144d544ec60ea")
}

// UnpackNoBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBid(uint256 id, address bidder)
func (auction *Auction) UnpackNoBidError(raw []byte) (*AuctionNoBid, error) {
	out := new(AuctionNoBid)
	if err := auction.abi.UnpackIntoInterface(out, "NoBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionNotAllowedToBundle represents a NotAllowedToBundle error raised by the Auction contract.
type AuctionNotAllowedToBundle struct {
	ListingId *big.Int
	Owner     common.Address
	Seller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowedToBundle(uint256 listingId, address owner, address seller)
func AuctionNotAllowedToBundleErrorID() common.Hash {
	return common.HexToHash("0xbe82207ded2237c65a73c6fc56ea11bee3bdca5efc2b6ef38fad7fd3d8c40f20")
}

// UnpackNotAllowedToBundleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowedToBundle(uint256 listingId, address owner, address seller)
func (auction *Auction) UnpackNotAllowedToBundleError(raw []byte) (*AuctionNotAllowedToBundle, error) {
	out := new(AuctionNotAllowedToBundle)
	if err := auction.abi.UnpackIntoInterface(out, "NotAllowedToBundle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionNotListingOwner represents a NotListingOwner error raised by the Auction contract.
type AuctionNotListingOwner struct {
	ListingId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func AuctionNotListingOwnerErrorID() common.Hash {
	return common.HexToHash("0x1531fa6afd32d96f38e78e79e7d3042df7339474692990c34e490d260cb5cfec")
}

// UnpackNotListingOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func (auction *Auction) UnpackNotListingOwnerError(raw []byte) (*AuctionNotListingOwner, error) {
	out := new(AuctionNotListingOwner)
	if err := auction.abi.UnpackIntoInterface(out, "NotListingOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionNotRevealPhase represents a NotRevealPhase error raised by the Auction contract.
type AuctionNotRevealPhase struct {
	Id             *big.Int
	CommitDeadline uint64
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRevealPhase(uint256 id, uint64 commitDeadline, uint64 revealDeadline)
func AuctionNotRevealPhaseErrorID() common.Hash {
	return common.HexToHash("0xbe3c1266307aa097ff8cdf9bc511cbb2cac9ec90742850483f15f47cc8168720")
}

// UnpackNotRevealPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRevealPhase(uint256 id, uint64 commitDeadline, uint64 revealDeadline)
func (auction *Auction) UnpackNotRevealPhaseError(raw []byte) (*AuctionNotRevealPhase, error) {
	out := new(AuctionNotRevealPhase)
	if err := auction.abi.UnpackIntoInterface(out, "NotRevealPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionNothingOwed represents a NothingOwed error raised by the Auction contract.
type AuctionNothingOwed struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed(address account)
func AuctionNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x751b0fdaa408a0c7537afaf0af96a92598192bff093a0ad0f684a7c83bc223c9")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed(address account)
func (auction *Auction) UnpackNothingOwedError(raw []byte) (*AuctionNothingOwed, error) {
	out := new(AuctionNothingOwed)
	if err := auction.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionPaymentFailed represents a PaymentFailed error raised by the Auction contract.
type AuctionPaymentFailed struct {
	Account common.Address
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentFailed(address account, uint256 amount)
func AuctionPaymentFailedErrorID() common.Hash {
	return common.HexToHash("0xa09e6165f4dcdc4e418edf5d4543c54cdb7d7a2166ff3723d856102f4f4a3c4d")
}

// UnpackPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentFailed(address account, uint256 amount)
func (auction *Auction) UnpackPaymentFailedError(raw []byte) (*AuctionPaymentFailed, error) {
	out := new(AuctionPaymentFailed)
	if err := auction.abi.UnpackIntoInterface(out, "PaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Auction contract.
type AuctionReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func AuctionReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (auction *Auction) UnpackReentrancyGuardReentrantCallError(raw []byte) (*AuctionReentrancyGuardReentrantCall, error) {
	out := new(AuctionReentrancyGuardReentrantCall)
	if err := auction.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionRevealNotOver represents a RevealNotOver error raised by the Auction contract.
type AuctionRevealNotOver struct {
	Id             *big.Int
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealNotOver(uint256 id, uint64 revealDeadline)
func AuctionRevealNotOverErrorID() common.Hash {
	return common.HexToHash("0x943e65b358df40159aa9dfc4d885bef7e5c44d52114f4417566d0372d608c5f9")
}

// UnpackRevealNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealNotOver(uint256 id, uint64 revealDeadline)
func (auction *Auction) UnpackRevealNotOverError(raw []byte) (*AuctionRevealNotOver, error) {
	out := new(AuctionRevealNotOver)
	if err := auction.abi.UnpackIntoInterface(out, "RevealNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionSellerCannotBid represents a SellerCannotBid error raised by the Auction contract.
type AuctionSellerCannotBid struct {
	Id     *big.Int
	Bidder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SellerCannotBid(uint256 id, address bidder)
func AuctionSellerCannotBidErrorID() common.Hash {
	return common.HexToHash("0xe4e9ef98ac2737ecef680c3dfeeecff234d392291836508af7dc7c193a03627a")
}

// UnpackSellerCannotBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SellerCannotBid(uint256 id, address bidder)
func (auction *Auction) UnpackSellerCannotBidError(raw []byte) (*AuctionSellerCannotBid, error) {
	out := new(AuctionSellerCannotBid)
	if err := auction.abi.UnpackIntoInterface(out, "SellerCannotBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionUnknownAuction represents a UnknownAuction error raised by the Auction contract.
type AuctionUnknownAuction struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAuction(uint256 id)
func AuctionUnknownAuctionErrorID() common.Hash {
	return common.HexToHash("0x4c6a6e542f10565bc212108e4a8434801c4dfd36d5eaa48d4b87f8d25c305850")
}

// UnpackUnknownAuctionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAuction(uint256 id)
func (auction *Auction) UnpackUnknownAuctionError(raw []byte) (*AuctionUnknownAuction, error) {
	out := new(AuctionUnknownAuction)
	if err := auction.abi.UnpackIntoInterface(out, "UnknownAuction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionUnknownListing represents a UnknownListing error raised by the Auction contract.
type AuctionUnknownListing struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownListing(uint256 id)
func AuctionUnknownListingErrorID() common.Hash {
	return common.HexToHash("0xb146165ab82178840e88d92fab3f6c79f4e559147a7f0009a73b3403a809ef6e")
}

// UnpackUnknownListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownListing(uint256 id)
func (auction *Auction) UnpackUnknownListingError(raw []byte) (*AuctionUnknownListing, error) {
	out := new(AuctionUnknownListing)
	if err := auction.abi.UnpackIntoInterface(out, "UnknownListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionZeroCommitment represents a ZeroCommitment error raised by the Auction contract.
type AuctionZeroCommitment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCommitment()
func AuctionZeroCommitmentErrorID() common.Hash {
	return common.HexToHash("0x51bda03d1e0501533d78503e1e2347a46f6e975ed444a037dc6bdaed4bd98c29")
}

// UnpackZeroCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCommitment()
func (auction *Auction) UnpackZeroCommitmentError(raw []byte) (*AuctionZeroCommitment, error) {
	out := new(AuctionZeroCommitment)
	if err := auction.abi.UnpackIntoInterface(out, "ZeroCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}
