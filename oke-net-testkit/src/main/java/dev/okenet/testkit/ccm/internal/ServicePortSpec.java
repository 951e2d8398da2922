package dev.okenet.testkit.ccm.internal;

/**
 * One port of a Service with the node port it got.
 *
 * @param protocol TCP or UDP
 * @param port the listener port
 * @param nodePort the node port on every worker
 */
public record ServicePortSpec(String protocol, int port, int nodePort) {
    /** OCI's protocol number: "6" for TCP, "17" for UDP. */
    public String ociProtocol() {
        return "UDP".equals(protocol) ? "17" : "6";
    }
}
