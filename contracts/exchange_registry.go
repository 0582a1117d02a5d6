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

// ExchangeRegistryExchange is an auto generated low-level Go binding around an user-defined struct.
type ExchangeRegistryExchange struct {
	Owner         common.Address
	Endpoint      string
	Fee           *big.Int
	Measurement   [32]byte
	EnclaveSigner common.Address
	EvidenceCid   string
	Authenticator uint8
	AuthorityKey  common.Address
	Stake         *big.Int
	LockedStake   *big.Int
	Active        bool
}

// ExchangeRegistryMetaData contains all meta data concerning the ExchangeRegistry contract.
var ExchangeRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"escrow\",\"type\":\"address\"}],\"name\":\"EscrowAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ExchangeInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wanted\",\"type\":\"uint256\"}],\"name\":\"InsufficientLockedStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"authenticator\",\"type\":\"uint8\"}],\"name\":\"InvalidAuthenticator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MissingAuthorityKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotExchangeOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownExchange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"escrow\",\"type\":\"address\"}],\"name\":\"EscrowSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ExchangeDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"enclaveSigner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"authenticator\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"authorityKey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"ExchangeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"enclaveSigner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"authenticator\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"authorityKey\",\"type\":\"address\"}],\"name\":\"ExchangeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementUnrevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lockedStake\",\"type\":\"uint256\"}],\"name\":\"StakeLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lockedStake\",\"type\":\"uint256\"}],\"name\":\"StakeUnlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AUTH_AUTHORITY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"AUTH_DEV\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"depositStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exchangeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"freeStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getExchange\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclaveSigner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"authenticator\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"authorityKey\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedStake\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structExchangeRegistry.Exchange\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"isRevoked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"lockStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclaveSigner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"authenticator\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"authorityKey\",\"type\":\"address\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"revokeMeasurement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"escrow_\",\"type\":\"address\"}],\"name\":\"setEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"slashStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unlockStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"unrevokeMeasurement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclaveSigner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"evidenceCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"authenticator\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"authorityKey\",\"type\":\"address\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ExchangeRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506040516119e53803806119e5833981016040819052602b9160b8565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816069565b50506001805560e3565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c7575f5ffd5b81516001600160a01b038116811460dc575f5ffd5b9392505050565b6118f5806100f05f395ff3fe608060405260043610610131575f3560e01c8063a704a130116100a8578063cfcc75c51161006d578063cfcc75c514610355578063e2fdcc1714610374578063f1fdf46914610393578063f2fde38b146103b2578063f5030752146103d1578063f97081c9146103f0575f5ffd5b8063a704a130146102c6578063a97aeed5146102e5578063c10c354614610304578063c525fa3014610323578063cb82cc8f14610342575f5ffd5b806368972e50116100f957806368972e5014610207578063715018a61461022a57806379f79d1f1461023e5780637b6dbd161461025157806382afd23b146102775780638da5cb5b14610296575f5ffd5b80630b9d5847146101355780631a5dbfb41461016a5780631d3ac42c1461018b5780634294857f146101aa5780635052be06146101e8575b5f5ffd5b348015610140575f5ffd5b5061015461014f36600461128c565b610403565b60405161016191906112e6565b60405180910390f35b348015610175575f5ffd5b5061018961018436600461128c565b610644565b005b348015610196575f5ffd5b506101896101a53660046113cb565b610702565b3480156101b5575f5ffd5b506101d86101c436600461128c565b5f9081526005602052604090205460ff1690565b6040519015158152602001610161565b3480156101f3575f5ffd5b5061018961020236600461145b565b6107fa565b348015610212575f5ffd5b5061021c60025481565b604051908152602001610161565b348015610235575f5ffd5b5061018961094e565b61021c61024c366004611517565b610961565b34801561025c575f5ffd5b50610265600181565b60405160ff9091168152602001610161565b348015610282575f5ffd5b506101d861029136600461128c565b610ab7565b3480156102a1575f5ffd5b505f546001600160a01b03165b6040516001600160a01b039091168152602001610161565b3480156102d1575f5ffd5b506101896102e03660046115c8565b610aeb565b3480156102f0575f5ffd5b506101896102ff3660046113cb565b610c1f565b34801561030f575f5ffd5b5061018961031e3660046115fa565b610d27565b34801561032e575f5ffd5b5061018961033d36600461128c565b610dd8565b61018961035036600461128c565b610e1f565b348015610360575f5ffd5b5061018961036f36600461128c565b610eb6565b34801561037f575f5ffd5b506003546102ae906001600160a01b031681565b34801561039e575f5ffd5b506101896103ad3660046113cb565b610f00565b3480156103bd575f5ffd5b506101896103cc3660046115fa565b61103e565b3480156103dc575f5ffd5b5061021c6103eb36600461128c565b61107b565b3480156103fb575f5ffd5b506102655f81565b6104776040518061016001604052805f6001600160a01b03168152602001606081526020015f81526020015f81526020015f6001600160a01b03168152602001606081526020015f60ff1681526020015f6001600160a01b031681526020015f81526020015f81526020015f151581525090565b610480826110ad565b5f828152600460209081526040918290208251610160810190935280546001600160a01b0316835260018101805491928401916104bc90611613565b80601f01602080910402602001604051908101604052809291908181526020018280546104e890611613565b80156105335780601f1061050a57610100808354040283529160200191610533565b820191905f5260205f20905b81548152906001019060200180831161051657829003601f168201915b5050509183525050600282015460208201526003820154604082015260048201546001600160a01b0316606082015260058201805460809092019161057790611613565b80601f01602080910402602001604051908101604052809291908181526020018280546105a390611613565b80156105ee5780601f106105c5576101008083540402835291602001916105ee565b820191905f5260205f20905b8154815290600101906020018083116105d157829003601f168201915b5050509183525050600682015460ff80821660208401526101009091046001600160a01b031660408301526007830154606083015260088301546080830152600990920154909116151560a09091015292915050565b8061064e816110ad565b5f818152600460205260409020546001600160a01b031633146106925760405163412ed2ad60e11b8152600481018290523360248201526044015b60405180910390fd5b5f828152600460205260409020600981015460ff166106c757604051633dafbc1160e11b815260048101849052602401610689565b60098101805460ff1916905560405183907f46a38b463a18bb58cb418b6213cd8845beed72189f87dfcb2d204955937cb6d6905f90a2505050565b6003546001600160a01b03163314158061072557506003546001600160a01b0316155b1561074557604051630447d9c560e11b8152336004820152602401610689565b61074e826110ad565b5f8281526004602052604090206008810154821115610797576008810154604051637b39b58360e01b815260048101859052602481019190915260448101839052606401610689565b81816008015f8282546107aa919061165f565b9091555050600881015460405184917f16336a702bb7cbb6c0dcea85de33798600202d5741e8cea4eeafb39d2a7aced6916107ed91868252602082015260400190565b60405180910390a2505050565b89610804816110ad565b5f818152600460205260409020546001600160a01b031633146108435760405163412ed2ad60e11b815260048101829052336024820152604401610689565b5f8b8152600460205260409020600981015460ff1661087857604051633dafbc1160e11b8152600481018d9052602401610689565b6108838785856110dc565b600181016108928b8d836116d1565b5060028101899055600381018890556004810180546001600160a01b0319166001600160a01b038916179055600581016108cd8688836116d1565b506006810180546001600160a01b038516610100026001600160a81b031990911660ff8716171790556040518c907f74104e214f4e828d87b5b5f53faebdc4fedea43380488caa7c039fa243d7d36d90610938908e908e908e908e908e908e908e908e908e906117b3565b60405180910390a2505050505050505050505050565b610956611165565b61095f5f611191565b565b5f61096d8684846110dc565b60025f815461097b90611820565b91829055505f81815260046020526040902080546001600160a01b03191633178155909150600181016109af8b8d836116d1565b5060028101899055600381018890556004810180546001600160a01b0319166001600160a01b038916179055600581016109ea8688836116d1565b5083816006015f6101000a81548160ff021916908360ff160217905550828160060160016101000a8154816001600160a01b0302191690836001600160a01b031602179055503481600701819055506001816009015f6101000a81548160ff021916908315150217905550336001600160a01b0316827f9528e83d3dad52bd6748f18787df21e530051ea8ff1d00cba5aca92a2cfb29988d8d8d8d8d8d8d8d8d34604051610aa19a99989796959493929190611838565b60405180910390a3509998505050505050505050565b5f8115801590610ac957506002548211155b8015610ae557505f8281526004602052604090206009015460ff165b92915050565b610af36111e0565b6003546001600160a01b031633141580610b1657506003546001600160a01b0316155b15610b3657604051630447d9c560e11b8152336004820152602401610689565b610b3f836110ad565b5f8381526004602052604090206008810154831115610b88576008810154604051637b39b58360e01b815260048101869052602481019190915260448101849052606401610689565b82816008015f828254610b9b919061165f565b9250508190555082816007015f828254610bb5919061165f565b909155505060078101546040805185815260208101929092526001600160a01b0384169186917fb6d846feec8b99764d961051fb488c93eef4daa59282f7a3d44e8b81dbb8ef87910160405180910390a3610c10828461120a565b50610c1a60018055565b505050565b6003546001600160a01b031633141580610c4257506003546001600160a01b0316155b15610c6257604051630447d9c560e11b8152336004820152602401610689565b610c6b826110ad565b5f82815260046020526040812060088101546007820154919291610c8f919061165f565b905080831115610cc357604051637c527a4160e01b8152600481018590526024810182905260448101849052606401610689565b82826008015f828254610cd691906118ac565b9091555050600882015460405185917f12d1099fed84ce1cb138a6e2896e32ee4089c3baeab64979f072b3554527b42e91610d1991878252602082015260400190565b60405180910390a250505050565b610d2f611165565b6003546001600160a01b031615610d6857600354604051631008115760e11b81526001600160a01b039091166004820152602401610689565b6001600160a01b038116610d8f5760405163d92e233d60e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040517fa585aec3a6cb0e1a084ed18c7638024e40cc3e3ea815166e2cb6fc17d7f1392b905f90a250565b610de0611165565b5f81815260056020526040808220805460ff191690555182917f476a082156399d796319270fbc821da7514aee53731051937de4cba6b89a600291a250565b610e28816110ad565b345f03610e4857604051631f2a200560e01b815260040160405180910390fd5b5f81815260046020526040812060078101805491923492610e6a9084906118ac565b90915550506007810154604080513481526020810192909252339184917f8700e7c955551ade34647b1ecf5ba06678ded0a43920ae3f84dc0941d3804f00910160405180910390a35050565b610ebe611165565b5f81815260056020526040808220805460ff191660011790555182917fd647711c0ef13ba6fb306e9195aed8a5d15d9cfd22b0ac0c2058f0bdc493631191a250565b610f086111e0565b81610f12816110ad565b5f818152600460205260409020546001600160a01b03163314610f515760405163412ed2ad60e11b815260048101829052336024820152604401610689565b815f03610f7157604051631f2a200560e01b815260040160405180910390fd5b5f83815260046020526040812060088101546007820154919291610f95919061165f565b905080841115610fc957604051637c527a4160e01b8152600481018690526024810182905260448101859052606401610689565b83826007015f828254610fdc919061165f565b90915550506007820154604080518681526020810192909252339187917f420b8cfea8a9078a338e993e3ccf10ca4e2a82f92b9e7306ca5b44b15157ec57910160405180910390a361102e338561120a565b50505061103a60018055565b5050565b611046611165565b6001600160a01b03811661106f57604051631e4fbdf760e01b81525f6004820152602401610689565b61107881611191565b50565b5f611085826110ad565b5f828152600460205260409020600881015460078201546110a6919061165f565b9392505050565b8015806110bb575060025481115b15611078576040516343d7f63360e11b815260048101829052602401610689565b6001600160a01b0383166111035760405163d92e233d60e01b815260040160405180910390fd5b600160ff8316111561112d57604051631ced463360e21b815260ff83166004820152602401610689565b60ff8216600114801561114757506001600160a01b038116155b15610c1a57604051632799fe5960e11b815260040160405180910390fd5b5f546001600160a01b0316331461095f5760405163118cdaa760e01b8152336004820152602401610689565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60026001540361120357604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611253576040519150601f19603f3d011682016040523d82523d5f602084013e611258565b606091505b5050905080610c1a57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610689565b5f6020828403121561129c575f5ffd5b5035919050565b5f81518084525f5b818110156112c7576020818501810151868301820152016112ab565b505f602082860101526020601f19601f83011685010191505092915050565b602081526113006020820183516001600160a01b03169052565b5f6020830151610160604084015261131c6101808401826112a3565b90506040840151606084015260608401516080840152608084015161134c60a08501826001600160a01b03169052565b5060a0840151838203601f190160c085015261136882826112a3565b91505060c084015161137f60e085018260ff169052565b5060e08401516001600160a01b038116610100850152506101008401516101208401526101208401516101408401526101408401516113c361016085018215159052565b509392505050565b5f5f604083850312156113dc575f5ffd5b50508035926020909101359150565b5f5f83601f8401126113fb575f5ffd5b50813567ffffffffffffffff811115611412575f5ffd5b602083019150836020828501011115611429575f5ffd5b9250929050565b80356001600160a01b0381168114611446575f5ffd5b919050565b803560ff81168114611446575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101008b8d031215611475575f5ffd5b8a35995060208b013567ffffffffffffffff811115611492575f5ffd5b61149e8d828e016113eb565b909a5098505060408b0135965060608b013595506114be60808c01611430565b945060a08b013567ffffffffffffffff8111156114d9575f5ffd5b6114e58d828e016113eb565b90955093506114f8905060c08c0161144b565b915061150660e08c01611430565b90509295989b9194979a5092959850565b5f5f5f5f5f5f5f5f5f60e08a8c03121561152f575f5ffd5b893567ffffffffffffffff811115611545575f5ffd5b6115518c828d016113eb565b909a5098505060208a0135965060408a0135955061157160608b01611430565b945060808a013567ffffffffffffffff81111561158c575f5ffd5b6115988c828d016113eb565b90955093506115ab905060a08b0161144b565b91506115b960c08b01611430565b90509295985092959850929598565b5f5f5f606084860312156115da575f5ffd5b83359250602084013591506115f160408501611430565b90509250925092565b5f6020828403121561160a575f5ffd5b6110a682611430565b600181811c9082168061162757607f821691505b60208210810361164557634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610ae557610ae561164b565b634e487b7160e01b5f52604160045260245ffd5b601f821115610c1a57805f5260205f20601f840160051c810160208510156116ab5750805b601f840160051c820191505b818110156116ca575f81556001016116b7565b5050505050565b67ffffffffffffffff8311156116e9576116e9611672565b6116fd836116f78354611613565b83611686565b5f601f84116001811461172e575f85156117175750838201355b5f19600387901b1c1916600186901b1783556116ca565b5f83815260208120601f198716915b8281101561175d578685013582556020948501946001909201910161173d565b5086821015611779575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60e081525f6117c660e083018b8d61178b565b602083018a9052604083018990526001600160a01b038816606084015282810360808401526117f681878961178b565b60ff9590951660a084015250506001600160a01b039190911660c090910152979650505050505050565b5f600182016118315761183161164b565b5060010190565b61010081525f61184d61010083018c8e61178b565b602083018b9052604083018a90526001600160a01b0389166060840152828103608084015261187d81888a61178b565b60ff9690961660a084015250506001600160a01b039290921660c083015260e090910152979650505050505050565b80820180821115610ae557610ae561164b56fea2646970667358221220840ff4e03f1166c7d0aa7c59145dfec409c637d32c6d6ac498d0118a4276577664736f6c634300081c0033",
}

// ExchangeRegistry is an auto generated Go binding around an Ethereum contract.
type ExchangeRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ExchangeRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewExchangeRegistry creates a new instance of ExchangeRegistry.
func NewExchangeRegistry() *ExchangeRegistry {
	parsed, err := ExchangeRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ExchangeRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ExchangeRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (exchangeRegistry *ExchangeRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := exchangeRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAUTHAUTHORITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b6dbd16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AUTH_AUTHORITY() view returns(uint8)
func (exchangeRegistry *ExchangeRegistry) PackAUTHAUTHORITY() []byte {
	enc, err := exchangeRegistry.abi.Pack("AUTH_AUTHORITY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAUTHAUTHORITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b6dbd16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AUTH_AUTHORITY() view returns(uint8)
func (exchangeRegistry *ExchangeRegistry) TryPackAUTHAUTHORITY() ([]byte, error) {
	return exchangeRegistry.abi.Pack("AUTH_AUTHORITY")
}

// UnpackAUTHAUTHORITY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b6dbd16.
//
// Solidity: function AUTH_AUTHORITY() view returns(uint8)
func (exchangeRegistry *ExchangeRegistry) UnpackAUTHAUTHORITY(data []byte) (uint8, error) {
	out, err := exchangeRegistry.abi.Unpack("AUTH_AUTHORITY", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAUTHDEV is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97081c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AUTH_DEV() view returns(uint8)
func (exchangeRegistry *ExchangeRegistry) PackAUTHDEV() []byte {
	enc, err := exchangeRegistry.abi.Pack("AUTH_DEV")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAUTHDEV is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97081c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AUTH_DEV() view returns(uint8)
func (exchangeRegistry *ExchangeRegistry) TryPackAUTHDEV() ([]byte, error) {
	return exchangeRegistry.abi.Pack("AUTH_DEV")
}

// UnpackAUTHDEV is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf97081c9.
//
// Solidity: function AUTH_DEV() view returns(uint8)
func (exchangeRegistry *ExchangeRegistry) UnpackAUTHDEV(data []byte) (uint8, error) {
	out, err := exchangeRegistry.abi.Unpack("AUTH_DEV", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDepositStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb82cc8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositStake(uint256 id) payable returns()
func (exchangeRegistry *ExchangeRegistry) PackDepositStake(id *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("depositStake", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb82cc8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositStake(uint256 id) payable returns()
func (exchangeRegistry *ExchangeRegistry) TryPackDepositStake(id *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("depositStake", id)
}

// PackDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a5dbfb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregister(uint256 id) returns()
func (exchangeRegistry *ExchangeRegistry) PackDeregister(id *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("deregister", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a5dbfb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregister(uint256 id) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackDeregister(id *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("deregister", id)
}

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(address)
func (exchangeRegistry *ExchangeRegistry) PackEscrow() []byte {
	enc, err := exchangeRegistry.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(address)
func (exchangeRegistry *ExchangeRegistry) TryPackEscrow() ([]byte, error) {
	return exchangeRegistry.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (exchangeRegistry *ExchangeRegistry) UnpackEscrow(data []byte) (common.Address, error) {
	out, err := exchangeRegistry.abi.Unpack("escrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExchangeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68972e50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchangeCount() view returns(uint256)
func (exchangeRegistry *ExchangeRegistry) PackExchangeCount() []byte {
	enc, err := exchangeRegistry.abi.Pack("exchangeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchangeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68972e50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchangeCount() view returns(uint256)
func (exchangeRegistry *ExchangeRegistry) TryPackExchangeCount() ([]byte, error) {
	return exchangeRegistry.abi.Pack("exchangeCount")
}

// UnpackExchangeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68972e50.
//
// Solidity: function exchangeCount() view returns(uint256)
func (exchangeRegistry *ExchangeRegistry) UnpackExchangeCount(data []byte) (*big.Int, error) {
	out, err := exchangeRegistry.abi.Unpack("exchangeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFreeStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5030752.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeStake(uint256 id) view returns(uint256)
func (exchangeRegistry *ExchangeRegistry) PackFreeStake(id *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("freeStake", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5030752.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeStake(uint256 id) view returns(uint256)
func (exchangeRegistry *ExchangeRegistry) TryPackFreeStake(id *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("freeStake", id)
}

// UnpackFreeStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5030752.
//
// Solidity: function freeStake(uint256 id) view returns(uint256)
func (exchangeRegistry *ExchangeRegistry) UnpackFreeStake(data []byte) (*big.Int, error) {
	out, err := exchangeRegistry.abi.Unpack("freeStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b9d5847.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getExchange(uint256 id) view returns((address,string,uint256,bytes32,address,string,uint8,address,uint256,uint256,bool))
func (exchangeRegistry *ExchangeRegistry) PackGetExchange(id *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("getExchange", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b9d5847.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getExchange(uint256 id) view returns((address,string,uint256,bytes32,address,string,uint8,address,uint256,uint256,bool))
func (exchangeRegistry *ExchangeRegistry) TryPackGetExchange(id *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("getExchange", id)
}

// UnpackGetExchange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b9d5847.
//
// Solidity: function getExchange(uint256 id) view returns((address,string,uint256,bytes32,address,string,uint8,address,uint256,uint256,bool))
func (exchangeRegistry *ExchangeRegistry) UnpackGetExchange(data []byte) (ExchangeRegistryExchange, error) {
	out, err := exchangeRegistry.abi.Unpack("getExchange", data)
	if err != nil {
		return *new(ExchangeRegistryExchange), err
	}
	out0 := *abi.ConvertType(out[0], new(ExchangeRegistryExchange)).(*ExchangeRegistryExchange)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82afd23b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(uint256 id) view returns(bool)
func (exchangeRegistry *ExchangeRegistry) PackIsActive(id *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("isActive", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82afd23b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(uint256 id) view returns(bool)
func (exchangeRegistry *ExchangeRegistry) TryPackIsActive(id *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("isActive", id)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82afd23b.
//
// Solidity: function isActive(uint256 id) view returns(bool)
func (exchangeRegistry *ExchangeRegistry) UnpackIsActive(data []byte) (bool, error) {
	out, err := exchangeRegistry.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRevoked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4294857f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRevoked(bytes32 measurement) view returns(bool)
func (exchangeRegistry *ExchangeRegistry) PackIsRevoked(measurement [32]byte) []byte {
	enc, err := exchangeRegistry.abi.Pack("isRevoked", measurement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRevoked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4294857f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRevoked(bytes32 measurement) view returns(bool)
func (exchangeRegistry *ExchangeRegistry) TryPackIsRevoked(measurement [32]byte) ([]byte, error) {
	return exchangeRegistry.abi.Pack("isRevoked", measurement)
}

// UnpackIsRevoked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4294857f.
//
// Solidity: function isRevoked(bytes32 measurement) view returns(bool)
func (exchangeRegistry *ExchangeRegistry) UnpackIsRevoked(data []byte) (bool, error) {
	out, err := exchangeRegistry.abi.Unpack("isRevoked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLockStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa97aeed5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockStake(uint256 id, uint256 amount) returns()
func (exchangeRegistry *ExchangeRegistry) PackLockStake(id *big.Int, amount *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("lockStake", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa97aeed5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockStake(uint256 id, uint256 amount) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackLockStake(id *big.Int, amount *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("lockStake", id, amount)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (exchangeRegistry *ExchangeRegistry) PackOwner() []byte {
	enc, err := exchangeRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (exchangeRegistry *ExchangeRegistry) TryPackOwner() ([]byte, error) {
	return exchangeRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (exchangeRegistry *ExchangeRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := exchangeRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79f79d1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string endpoint, uint256 fee, bytes32 measurement, address enclaveSigner, string evidenceCid, uint8 authenticator, address authorityKey) payable returns(uint256 id)
func (exchangeRegistry *ExchangeRegistry) PackRegister(endpoint string, fee *big.Int, measurement [32]byte, enclaveSigner common.Address, evidenceCid string, authenticator uint8, authorityKey common.Address) []byte {
	enc, err := exchangeRegistry.abi.Pack("register", endpoint, fee, measurement, enclaveSigner, evidenceCid, authenticator, authorityKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79f79d1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string endpoint, uint256 fee, bytes32 measurement, address enclaveSigner, string evidenceCid, uint8 authenticator, address authorityKey) payable returns(uint256 id)
func (exchangeRegistry *ExchangeRegistry) TryPackRegister(endpoint string, fee *big.Int, measurement [32]byte, enclaveSigner common.Address, evidenceCid string, authenticator uint8, authorityKey common.Address) ([]byte, error) {
	return exchangeRegistry.abi.Pack("register", endpoint, fee, measurement, enclaveSigner, evidenceCid, authenticator, authorityKey)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79f79d1f.
//
// Solidity: function register(string endpoint, uint256 fee, bytes32 measurement, address enclaveSigner, string evidenceCid, uint8 authenticator, address authorityKey) payable returns(uint256 id)
func (exchangeRegistry *ExchangeRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := exchangeRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (exchangeRegistry *ExchangeRegistry) PackRenounceOwnership() []byte {
	enc, err := exchangeRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (exchangeRegistry *ExchangeRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return exchangeRegistry.abi.Pack("renounceOwnership")
}

// PackRevokeMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfcc75c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeMeasurement(bytes32 measurement) returns()
func (exchangeRegistry *ExchangeRegistry) PackRevokeMeasurement(measurement [32]byte) []byte {
	enc, err := exchangeRegistry.abi.Pack("revokeMeasurement", measurement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfcc75c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeMeasurement(bytes32 measurement) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackRevokeMeasurement(measurement [32]byte) ([]byte, error) {
	return exchangeRegistry.abi.Pack("revokeMeasurement", measurement)
}

// PackSetEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc10c3546.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEscrow(address escrow_) returns()
func (exchangeRegistry *ExchangeRegistry) PackSetEscrow(escrow common.Address) []byte {
	enc, err := exchangeRegistry.abi.Pack("setEscrow", escrow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc10c3546.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEscrow(address escrow_) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackSetEscrow(escrow common.Address) ([]byte, error) {
	return exchangeRegistry.abi.Pack("setEscrow", escrow)
}

// PackSlashStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa704a130.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashStake(uint256 id, uint256 amount, address to) returns()
func (exchangeRegistry *ExchangeRegistry) PackSlashStake(id *big.Int, amount *big.Int, to common.Address) []byte {
	enc, err := exchangeRegistry.abi.Pack("slashStake", id, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa704a130.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashStake(uint256 id, uint256 amount, address to) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackSlashStake(id *big.Int, amount *big.Int, to common.Address) ([]byte, error) {
	return exchangeRegistry.abi.Pack("slashStake", id, amount, to)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (exchangeRegistry *ExchangeRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := exchangeRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return exchangeRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnlockStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d3ac42c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlockStake(uint256 id, uint256 amount) returns()
func (exchangeRegistry *ExchangeRegistry) PackUnlockStake(id *big.Int, amount *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("unlockStake", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlockStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d3ac42c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlockStake(uint256 id, uint256 amount) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackUnlockStake(id *big.Int, amount *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("unlockStake", id, amount)
}

// PackUnrevokeMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc525fa30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unrevokeMeasurement(bytes32 measurement) returns()
func (exchangeRegistry *ExchangeRegistry) PackUnrevokeMeasurement(measurement [32]byte) []byte {
	enc, err := exchangeRegistry.abi.Pack("unrevokeMeasurement", measurement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnrevokeMeasurement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc525fa30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unrevokeMeasurement(bytes32 measurement) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackUnrevokeMeasurement(measurement [32]byte) ([]byte, error) {
	return exchangeRegistry.abi.Pack("unrevokeMeasurement", measurement)
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5052be06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(uint256 id, string endpoint, uint256 fee, bytes32 measurement, address enclaveSigner, string evidenceCid, uint8 authenticator, address authorityKey) returns()
func (exchangeRegistry *ExchangeRegistry) PackUpdate(id *big.Int, endpoint string, fee *big.Int, measurement [32]byte, enclaveSigner common.Address, evidenceCid string, authenticator uint8, authorityKey common.Address) []byte {
	enc, err := exchangeRegistry.abi.Pack("update", id, endpoint, fee, measurement, enclaveSigner, evidenceCid, authenticator, authorityKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5052be06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(uint256 id, string endpoint, uint256 fee, bytes32 measurement, address enclaveSigner, string evidenceCid, uint8 authenticator, address authorityKey) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackUpdate(id *big.Int, endpoint string, fee *big.Int, measurement [32]byte, enclaveSigner common.Address, evidenceCid string, authenticator uint8, authorityKey common.Address) ([]byte, error) {
	return exchangeRegistry.abi.Pack("update", id, endpoint, fee, measurement, enclaveSigner, evidenceCid, authenticator, authorityKey)
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1fdf469.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake(uint256 id, uint256 amount) returns()
func (exchangeRegistry *ExchangeRegistry) PackWithdrawStake(id *big.Int, amount *big.Int) []byte {
	enc, err := exchangeRegistry.abi.Pack("withdrawStake", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1fdf469.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake(uint256 id, uint256 amount) returns()
func (exchangeRegistry *ExchangeRegistry) TryPackWithdrawStake(id *big.Int, amount *big.Int) ([]byte, error) {
	return exchangeRegistry.abi.Pack("withdrawStake", id, amount)
}

// ExchangeRegistryEscrowSet represents a EscrowSet event raised by the ExchangeRegistry contract.
type ExchangeRegistryEscrowSet struct {
	Escrow common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryEscrowSetEventName = "EscrowSet"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryEscrowSet) ContractEventName() string {
	return ExchangeRegistryEscrowSetEventName
}

// UnpackEscrowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowSet(address indexed escrow)
func (exchangeRegistry *ExchangeRegistry) UnpackEscrowSetEvent(log *types.Log) (*ExchangeRegistryEscrowSet, error) {
	event := "EscrowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryEscrowSet)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryExchangeDeregistered represents a ExchangeDeregistered event raised by the ExchangeRegistry contract.
type ExchangeRegistryExchangeDeregistered struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryExchangeDeregisteredEventName = "ExchangeDeregistered"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryExchangeDeregistered) ContractEventName() string {
	return ExchangeRegistryExchangeDeregisteredEventName
}

// UnpackExchangeDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeDeregistered(uint256 indexed id)
func (exchangeRegistry *ExchangeRegistry) UnpackExchangeDeregisteredEvent(log *types.Log) (*ExchangeRegistryExchangeDeregistered, error) {
	event := "ExchangeDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryExchangeDeregistered)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryExchangeRegistered represents a ExchangeRegistered event raised by the ExchangeRegistry contract.
type ExchangeRegistryExchangeRegistered struct {
	Id            *big.Int
	Owner         common.Address
	Endpoint      string
	Fee           *big.Int
	Measurement   [32]byte
	EnclaveSigner common.Address
	EvidenceCid   string
	Authenticator uint8
	AuthorityKey  common.Address
	Stake         *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryExchangeRegisteredEventName = "ExchangeRegistered"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryExchangeRegistered) ContractEventName() string {
	return ExchangeRegistryExchangeRegisteredEventName
}

// UnpackExchangeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeRegistered(uint256 indexed id, address indexed owner, string endpoint, uint256 fee, bytes32 measurement, address enclaveSigner, string evidenceCid, uint8 authenticator, address authorityKey, uint256 stake)
func (exchangeRegistry *ExchangeRegistry) UnpackExchangeRegisteredEvent(log *types.Log) (*ExchangeRegistryExchangeRegistered, error) {
	event := "ExchangeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryExchangeRegistered)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryExchangeUpdated represents a ExchangeUpdated event raised by the ExchangeRegistry contract.
type ExchangeRegistryExchangeUpdated struct {
	Id            *big.Int
	Endpoint      string
	Fee           *big.Int
	Measurement   [32]byte
	EnclaveSigner common.Address
	EvidenceCid   string
	Authenticator uint8
	AuthorityKey  common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryExchangeUpdatedEventName = "ExchangeUpdated"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryExchangeUpdated) ContractEventName() string {
	return ExchangeRegistryExchangeUpdatedEventName
}

// UnpackExchangeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExchangeUpdated(uint256 indexed id, string endpoint, uint256 fee, bytes32 measurement, address enclaveSigner, string evidenceCid, uint8 authenticator, address authorityKey)
func (exchangeRegistry *ExchangeRegistry) UnpackExchangeUpdatedEvent(log *types.Log) (*ExchangeRegistryExchangeUpdated, error) {
	event := "ExchangeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryExchangeUpdated)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryMeasurementRevoked represents a MeasurementRevoked event raised by the ExchangeRegistry contract.
type ExchangeRegistryMeasurementRevoked struct {
	Measurement [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryMeasurementRevokedEventName = "MeasurementRevoked"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryMeasurementRevoked) ContractEventName() string {
	return ExchangeRegistryMeasurementRevokedEventName
}

// UnpackMeasurementRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementRevoked(bytes32 indexed measurement)
func (exchangeRegistry *ExchangeRegistry) UnpackMeasurementRevokedEvent(log *types.Log) (*ExchangeRegistryMeasurementRevoked, error) {
	event := "MeasurementRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryMeasurementRevoked)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryMeasurementUnrevoked represents a MeasurementUnrevoked event raised by the ExchangeRegistry contract.
type ExchangeRegistryMeasurementUnrevoked struct {
	Measurement [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryMeasurementUnrevokedEventName = "MeasurementUnrevoked"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryMeasurementUnrevoked) ContractEventName() string {
	return ExchangeRegistryMeasurementUnrevokedEventName
}

// UnpackMeasurementUnrevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementUnrevoked(bytes32 indexed measurement)
func (exchangeRegistry *ExchangeRegistry) UnpackMeasurementUnrevokedEvent(log *types.Log) (*ExchangeRegistryMeasurementUnrevoked, error) {
	event := "MeasurementUnrevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryMeasurementUnrevoked)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ExchangeRegistry contract.
type ExchangeRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryOwnershipTransferred) ContractEventName() string {
	return ExchangeRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (exchangeRegistry *ExchangeRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ExchangeRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryStakeDeposited represents a StakeDeposited event raised by the ExchangeRegistry contract.
type ExchangeRegistryStakeDeposited struct {
	Id     *big.Int
	From   common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryStakeDepositedEventName = "StakeDeposited"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryStakeDeposited) ContractEventName() string {
	return ExchangeRegistryStakeDepositedEventName
}

// UnpackStakeDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeDeposited(uint256 indexed id, address indexed from, uint256 amount, uint256 stake)
func (exchangeRegistry *ExchangeRegistry) UnpackStakeDepositedEvent(log *types.Log) (*ExchangeRegistryStakeDeposited, error) {
	event := "StakeDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryStakeDeposited)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryStakeLocked represents a StakeLocked event raised by the ExchangeRegistry contract.
type ExchangeRegistryStakeLocked struct {
	Id          *big.Int
	Amount      *big.Int
	LockedStake *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryStakeLockedEventName = "StakeLocked"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryStakeLocked) ContractEventName() string {
	return ExchangeRegistryStakeLockedEventName
}

// UnpackStakeLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeLocked(uint256 indexed id, uint256 amount, uint256 lockedStake)
func (exchangeRegistry *ExchangeRegistry) UnpackStakeLockedEvent(log *types.Log) (*ExchangeRegistryStakeLocked, error) {
	event := "StakeLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryStakeLocked)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryStakeSlashed represents a StakeSlashed event raised by the ExchangeRegistry contract.
type ExchangeRegistryStakeSlashed struct {
	Id     *big.Int
	Amount *big.Int
	To     common.Address
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryStakeSlashedEventName = "StakeSlashed"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryStakeSlashed) ContractEventName() string {
	return ExchangeRegistryStakeSlashedEventName
}

// UnpackStakeSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSlashed(uint256 indexed id, uint256 amount, address indexed to, uint256 stake)
func (exchangeRegistry *ExchangeRegistry) UnpackStakeSlashedEvent(log *types.Log) (*ExchangeRegistryStakeSlashed, error) {
	event := "StakeSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryStakeSlashed)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryStakeUnlocked represents a StakeUnlocked event raised by the ExchangeRegistry contract.
type ExchangeRegistryStakeUnlocked struct {
	Id          *big.Int
	Amount      *big.Int
	LockedStake *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryStakeUnlockedEventName = "StakeUnlocked"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryStakeUnlocked) ContractEventName() string {
	return ExchangeRegistryStakeUnlockedEventName
}

// UnpackStakeUnlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeUnlocked(uint256 indexed id, uint256 amount, uint256 lockedStake)
func (exchangeRegistry *ExchangeRegistry) UnpackStakeUnlockedEvent(log *types.Log) (*ExchangeRegistryStakeUnlocked, error) {
	event := "StakeUnlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryStakeUnlocked)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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

// ExchangeRegistryStakeWithdrawn represents a StakeWithdrawn event raised by the ExchangeRegistry contract.
type ExchangeRegistryStakeWithdrawn struct {
	Id     *big.Int
	To     common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ExchangeRegistryStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (ExchangeRegistryStakeWithdrawn) ContractEventName() string {
	return ExchangeRegistryStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(uint256 indexed id, address indexed to, uint256 amount, uint256 stake)
func (exchangeRegistry *ExchangeRegistry) UnpackStakeWithdrawnEvent(log *types.Log) (*ExchangeRegistryStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != exchangeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ExchangeRegistryStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := exchangeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range exchangeRegistry.abi.Events[event].Inputs {
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
func (exchangeRegistry *ExchangeRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["EscrowAlreadySet"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackEscrowAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["ExchangeInactive"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackExchangeInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["InsufficientFreeStake"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackInsufficientFreeStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["InsufficientLockedStake"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackInsufficientLockedStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["InvalidAuthenticator"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackInvalidAuthenticatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["MissingAuthorityKey"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackMissingAuthorityKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["NotEscrow"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackNotEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["NotExchangeOwner"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackNotExchangeOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["UnknownExchange"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackUnknownExchangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], exchangeRegistry.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return exchangeRegistry.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ExchangeRegistryEscrowAlreadySet represents a EscrowAlreadySet error raised by the ExchangeRegistry contract.
type ExchangeRegistryEscrowAlreadySet struct {
	Escrow common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowAlreadySet(address escrow)
func ExchangeRegistryEscrowAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x201022ae891136f15125428e162247a1b1ef8d40a101eb49e57dbd753721bbf8")
}

// UnpackEscrowAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowAlreadySet(address escrow)
func (exchangeRegistry *ExchangeRegistry) UnpackEscrowAlreadySetError(raw []byte) (*ExchangeRegistryEscrowAlreadySet, error) {
	out := new(ExchangeRegistryEscrowAlreadySet)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "EscrowAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryExchangeInactive represents a ExchangeInactive error raised by the ExchangeRegistry contract.
type ExchangeRegistryExchangeInactive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExchangeInactive(uint256 id)
func ExchangeRegistryExchangeInactiveErrorID() common.Hash {
	return common.HexToHash("0x7b5f7822f2e67dddb2e346d5bd2a9fa9f70a06c0ef3d4fdd688b40c2090b2734")
}

// UnpackExchangeInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExchangeInactive(uint256 id)
func (exchangeRegistry *ExchangeRegistry) UnpackExchangeInactiveError(raw []byte) (*ExchangeRegistryExchangeInactive, error) {
	out := new(ExchangeRegistryExchangeInactive)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "ExchangeInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryInsufficientFreeStake represents a InsufficientFreeStake error raised by the ExchangeRegistry contract.
type ExchangeRegistryInsufficientFreeStake struct {
	Id     *big.Int
	Free   *big.Int
	Wanted *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeStake(uint256 id, uint256 free, uint256 wanted)
func ExchangeRegistryInsufficientFreeStakeErrorID() common.Hash {
	return common.HexToHash("0x7c527a415f45414c2940070d16b74f2d58a3ece0737d045917a41418637da6ed")
}

// UnpackInsufficientFreeStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeStake(uint256 id, uint256 free, uint256 wanted)
func (exchangeRegistry *ExchangeRegistry) UnpackInsufficientFreeStakeError(raw []byte) (*ExchangeRegistryInsufficientFreeStake, error) {
	out := new(ExchangeRegistryInsufficientFreeStake)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "InsufficientFreeStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryInsufficientLockedStake represents a InsufficientLockedStake error raised by the ExchangeRegistry contract.
type ExchangeRegistryInsufficientLockedStake struct {
	Id     *big.Int
	Locked *big.Int
	Wanted *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLockedStake(uint256 id, uint256 locked, uint256 wanted)
func ExchangeRegistryInsufficientLockedStakeErrorID() common.Hash {
	return common.HexToHash("0x7b39b58336ced981bf7db4d37342c5b75dd09841c6d8b3263e39a9369c281be8")
}

// UnpackInsufficientLockedStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLockedStake(uint256 id, uint256 locked, uint256 wanted)
func (exchangeRegistry *ExchangeRegistry) UnpackInsufficientLockedStakeError(raw []byte) (*ExchangeRegistryInsufficientLockedStake, error) {
	out := new(ExchangeRegistryInsufficientLockedStake)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "InsufficientLockedStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryInvalidAuthenticator represents a InvalidAuthenticator error raised by the ExchangeRegistry contract.
type ExchangeRegistryInvalidAuthenticator struct {
	Authenticator uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAuthenticator(uint8 authenticator)
func ExchangeRegistryInvalidAuthenticatorErrorID() common.Hash {
	return common.HexToHash("0x73b518cc4ee9fd3f0123cf3bc113079aceaf6904fbd0f9fed3fcd6f6ec57c4e9")
}

// UnpackInvalidAuthenticatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAuthenticator(uint8 authenticator)
func (exchangeRegistry *ExchangeRegistry) UnpackInvalidAuthenticatorError(raw []byte) (*ExchangeRegistryInvalidAuthenticator, error) {
	out := new(ExchangeRegistryInvalidAuthenticator)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "InvalidAuthenticator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryMissingAuthorityKey represents a MissingAuthorityKey error raised by the ExchangeRegistry contract.
type ExchangeRegistryMissingAuthorityKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingAuthorityKey()
func ExchangeRegistryMissingAuthorityKeyErrorID() common.Hash {
	return common.HexToHash("0x4f33fcb21985b37d9e08448ca53c5f8754cec0d9217c583e5bf0c85f0c2b1c46")
}

// UnpackMissingAuthorityKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingAuthorityKey()
func (exchangeRegistry *ExchangeRegistry) UnpackMissingAuthorityKeyError(raw []byte) (*ExchangeRegistryMissingAuthorityKey, error) {
	out := new(ExchangeRegistryMissingAuthorityKey)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "MissingAuthorityKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryNotEscrow represents a NotEscrow error raised by the ExchangeRegistry contract.
type ExchangeRegistryNotEscrow struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEscrow(address caller)
func ExchangeRegistryNotEscrowErrorID() common.Hash {
	return common.HexToHash("0x088fb38a41f33ee0d0b310a4c36e73c59f8a95f09b2d8750012a106194ceb6bd")
}

// UnpackNotEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEscrow(address caller)
func (exchangeRegistry *ExchangeRegistry) UnpackNotEscrowError(raw []byte) (*ExchangeRegistryNotEscrow, error) {
	out := new(ExchangeRegistryNotEscrow)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "NotEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryNotExchangeOwner represents a NotExchangeOwner error raised by the ExchangeRegistry contract.
type ExchangeRegistryNotExchangeOwner struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExchangeOwner(uint256 id, address caller)
func ExchangeRegistryNotExchangeOwnerErrorID() common.Hash {
	return common.HexToHash("0x825da55ab60d305cf98f9106a43d44fec414f1bf404aec935ef017e9292edd67")
}

// UnpackNotExchangeOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExchangeOwner(uint256 id, address caller)
func (exchangeRegistry *ExchangeRegistry) UnpackNotExchangeOwnerError(raw []byte) (*ExchangeRegistryNotExchangeOwner, error) {
	out := new(ExchangeRegistryNotExchangeOwner)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "NotExchangeOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ExchangeRegistry contract.
type ExchangeRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ExchangeRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (exchangeRegistry *ExchangeRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ExchangeRegistryOwnableInvalidOwner, error) {
	out := new(ExchangeRegistryOwnableInvalidOwner)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ExchangeRegistry contract.
type ExchangeRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ExchangeRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (exchangeRegistry *ExchangeRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ExchangeRegistryOwnableUnauthorizedAccount, error) {
	out := new(ExchangeRegistryOwnableUnauthorizedAccount)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ExchangeRegistry contract.
type ExchangeRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ExchangeRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (exchangeRegistry *ExchangeRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ExchangeRegistryReentrancyGuardReentrantCall, error) {
	out := new(ExchangeRegistryReentrancyGuardReentrantCall)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryTransferFailed represents a TransferFailed error raised by the ExchangeRegistry contract.
type ExchangeRegistryTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func ExchangeRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (exchangeRegistry *ExchangeRegistry) UnpackTransferFailedError(raw []byte) (*ExchangeRegistryTransferFailed, error) {
	out := new(ExchangeRegistryTransferFailed)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryUnknownExchange represents a UnknownExchange error raised by the ExchangeRegistry contract.
type ExchangeRegistryUnknownExchange struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownExchange(uint256 id)
func ExchangeRegistryUnknownExchangeErrorID() common.Hash {
	return common.HexToHash("0x87afec664d9090c714f6407892e32eb9233ad4ea28524c96c32ea465a99ef882")
}

// UnpackUnknownExchangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownExchange(uint256 id)
func (exchangeRegistry *ExchangeRegistry) UnpackUnknownExchangeError(raw []byte) (*ExchangeRegistryUnknownExchange, error) {
	out := new(ExchangeRegistryUnknownExchange)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "UnknownExchange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryZeroAddress represents a ZeroAddress error raised by the ExchangeRegistry contract.
type ExchangeRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ExchangeRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (exchangeRegistry *ExchangeRegistry) UnpackZeroAddressError(raw []byte) (*ExchangeRegistryZeroAddress, error) {
	out := new(ExchangeRegistryZeroAddress)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ExchangeRegistryZeroAmount represents a ZeroAmount error raised by the ExchangeRegistry contract.
type ExchangeRegistryZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ExchangeRegistryZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (exchangeRegistry *ExchangeRegistry) UnpackZeroAmountError(raw []byte) (*ExchangeRegistryZeroAmount, error) {
	out := new(ExchangeRegistryZeroAmount)
	if err := exchangeRegistry.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
