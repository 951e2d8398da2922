/**
 * The VCN side of the model: the VCN, subnets by role, gateways, DRG and peering, route rules and
 * the small security vocabulary ({@link dev.okenet.vcn.Peer}, {@link dev.okenet.vcn.Port}).
 */
@OkeStyle
package dev.okenet.vcn;

import dev.okenet.internal.OkeStyle;
