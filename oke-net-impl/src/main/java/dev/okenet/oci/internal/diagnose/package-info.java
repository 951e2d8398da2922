/**
 * {@code OciNetworkProvider.diagnose}: reads the live network and turns what would break into
 * {@code dev.okenet.check.Finding}s ({@code OKE-LIVE-*}), one check per class.
 *
 * <pre>{@code
 * DiagnoseReport r = new Diagnosis(net, inventory, work, ctx).report();
 * }</pre>
 */
package dev.okenet.oci.internal.diagnose;
