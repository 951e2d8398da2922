package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.requests.ConnectRemotePeeringConnectionsRequest;
import com.oracle.bmc.core.responses.ConnectRemotePeeringConnectionsResponse;
import dev.okenet.oci.internal.cloud.Calls;
import dev.okenet.oci.internal.cloud.CloudContext;
import dev.okenet.oci.internal.cloud.RemotePeeringConnectionHandler;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RemotePeeringRequestTest {
  /**
   * FakeOci does not implement ConnectRemotePeeringConnections (COVERAGE.md), so the request is
   * checked at a recording door instead.
   */
  @Test
  void connectingAnRpcSendsThePeerRpcAndItsRegion() {
    AtomicReference<ConnectRemotePeeringConnectionsRequest> sent = new AtomicReference<>();
    VirtualNetwork recording = (VirtualNetwork) Proxy.newProxyInstance(VirtualNetwork.class.getClassLoader(),
        new Class<?>[] {VirtualNetwork.class}, (proxy, method, args) -> {
          sent.set((ConnectRemotePeeringConnectionsRequest) args[0]);
          return ConnectRemotePeeringConnectionsResponse.builder().build();
        });
    CloudContext ctx = new CloudContext(recording, null, null, Networks.COMPARTMENT, "prod", new Calls(RetryPolicy.none()),
        WaitStrategy.sdkDefault(), null);

    RemotePeeringConnectionHandler.connect("ocid1.remotepeeringconnection.oc1.iad.mine", "ocid1.remotepeeringconnection.oc1.phx.theirs",
        "us-phoenix-1", ctx);

    assertThat(sent.get().getRemotePeeringConnectionId()).isEqualTo("ocid1.remotepeeringconnection.oc1.iad.mine");
    assertThat(sent.get().getConnectRemotePeeringConnectionsDetails().getPeerId()).isEqualTo("ocid1.remotepeeringconnection.oc1.phx.theirs");
    assertThat(sent.get().getConnectRemotePeeringConnectionsDetails().getPeerRegionName()).isEqualTo("us-phoenix-1");
  }
}
