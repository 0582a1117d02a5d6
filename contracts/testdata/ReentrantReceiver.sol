// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title ReentrantReceiver
/// @notice Test fixture only (never deployed outside tests): a contract account that its owner drives through
/// exec, and that tries to re-enter Escrow.withdraw whenever it receives Ether.
contract ReentrantReceiver {
    address public immutable owner;
    address public immutable escrow;
    uint256 public received;
    uint256 public reentries;
    uint256 public reentriesSucceeded;

    constructor(address escrow_) {
        owner = msg.sender;
        escrow = escrow_;
    }

    function exec(address to, uint256 value, bytes calldata data) external payable returns (bytes memory) {
        require(msg.sender == owner, "not owner");
        (bool ok, bytes memory ret) = to.call{value: value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        received += msg.value;
        reentries++;
        (bool ok,) = escrow.call(abi.encodeWithSignature("withdraw()"));
        if (ok) reentriesSucceeded++;
    }
}
