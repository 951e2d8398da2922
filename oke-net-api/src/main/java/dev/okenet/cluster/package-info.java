/**
 * The cluster side of the model: pod networking (VCN-native or flannel), the API endpoint, node
 * pools and their shapes, and the NetworkPolicy engine.
 */
@OkeStyle
package dev.okenet.cluster;

import dev.okenet.internal.OkeStyle;
