package dev.okenet.kube;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Protocol;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One port of a Service: the port clients use, the pods' target port, the protocol and an
 * optional fixed node port.
 *
 * <pre>{@code
 * ServicePort.tcp(443, 8443)
 * }</pre>
 */
@Value.Immutable
public abstract class ServicePort {
  /** The port clients connect to. */
  public abstract int port();

  /** The container port traffic is sent to. */
  public abstract int targetPort();

  /** TCP or UDP. */
  @Value.Default
  public Protocol protocol() {
    return Protocol.TCP;
  }

  /** A fixed node port (30000-32767); Kubernetes picks one when empty. */
  public abstract Optional<Integer> nodePort();

  /** A TCP port forwarding {@code port} to {@code targetPort}. */
  public static ServicePort tcp(int port, int targetPort) {
    return ImmutableServicePort.builder().port(port).targetPort(targetPort).build();
  }

  /** A UDP port forwarding {@code port} to {@code targetPort}. */
  public static ServicePort udp(int port, int targetPort) {
    return ImmutableServicePort.builder().port(port).targetPort(targetPort).protocol(Protocol.UDP).build();
  }

  /** A copy with a fixed node port (30000-32767). */
  public abstract ServicePort withNodePort(int nodePort);

  @Value.Check
  void check() {
    Require.between(port(), 1, 65535, "Service port");
    Require.between(targetPort(), 1, 65535, "Service targetPort");
    nodePort().ifPresent(p -> Require.between(p, 30000, 32767, "Service nodePort"));
    if (protocol() != Protocol.TCP && protocol() != Protocol.UDP) {
      throw new IllegalArgumentException("Service port " + port() + " uses " + protocol() + "; Services take TCP or UDP.");
    }
  }
}
