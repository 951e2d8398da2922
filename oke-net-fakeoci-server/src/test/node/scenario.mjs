// An OKE network built with Oracle's TypeScript SDK, as its own documentation shows a new user,
// against the FakeOci server: VCN to node pool to network load balancer, with the SDK's waiters on
// a MANUAL virtual clock that this script advances through the control API, pagination, retry
// tokens, etags, the documented error codes, strict authentication, an injected 429 storm and the
// call log. Exits non-zero on the first step that does not hold.
//
//   FAKEOCI_ENDPOINT=http://127.0.0.1:4510 OCI_CONFIG_FILE=fakeoci/config node scenario.mjs
import * as common from "oci-common";
import * as core from "oci-core";
import * as containerengine from "oci-containerengine";
import * as nlb from "oci-networkloadbalancer";
import { generateKeyPairSync } from "node:crypto";
import { strict as assert } from "node:assert";

const endpoint = process.env.FAKEOCI_ENDPOINT ?? "http://127.0.0.1:4510";
const configFile = process.env.OCI_CONFIG_FILE ?? "fakeoci/config";
const profile = process.env.OCI_PROFILE ?? "DEFAULT";
const compartmentId = "ocid1.compartment.oc1..aaaaaaaatypescriptscenario";

let steps = 0;
async function step(name, work) {
  const started = Date.now();
  try {
    const result = await work();
    steps++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
    return result;
  } catch (error) {
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
    process.exit(1);
  }
}

// ---- the control API, plain JSON over HTTP --------------------------------------------------
async function control(method, path, body) {
  const response = await fetch(`${endpoint}/_fakeoci/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /_fakeoci/${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/**
 * Runs an SDK waiter on a MANUAL clock: while it polls (every 20 ms of real time), moves the
 * virtual clock to the next pending change, as OCI's real minutes would pass.
 */
async function waitAdvancing(waiter) {
  let done = false;
  const result = waiter.finally(() => { done = true; });
  while (!done) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (!done) await control("POST", "clock/next-event");
  }
  return result;
}

const fastPolls = {
  terminationStrategy: new common.MaxAttemptsTerminationStrategy(400),
  delayStrategy: new common.FixedTimeDelayStrategy(0.02),
};
// The SDK's own retry loop, with short real waits so a storm of 429s costs milliseconds.
const quickRetries = {
  retryConfiguration: {
    terminationStrategy: new common.MaxAttemptsTerminationStrategy(5),
    delayStrategy: new common.FixedTimeDelayStrategy(0.01),
  },
};
const noRetries = { retryConfiguration: common.NoRetryConfigurationDetails };

async function expectError(call, status, code) {
  try {
    await call();
  } catch (error) {
    assert.equal(error.statusCode, status, `status of ${error.serviceCode}: ${error.message}`);
    assert.equal(error.serviceCode, code);
    assert.ok(error.opcRequestId, "every error carries opc-request-id");
    return error;
  }
  throw new Error(`expected ${status} ${code}, the call succeeded`);
}

// ---- clients, from the config file the server wrote ----------------------------------------
const provider = new common.ConfigFileAuthenticationDetailsProvider(configFile, profile);
function clients(configuration) {
  const vn = new core.VirtualNetworkClient({ authenticationDetailsProvider: provider }, configuration);
  const ce = new containerengine.ContainerEngineClient({ authenticationDetailsProvider: provider }, configuration);
  const lb = new nlb.NetworkLoadBalancerClient({ authenticationDetailsProvider: provider }, configuration);
  for (const client of [vn, ce, lb]) client.endpoint = endpoint;
  return { vn, ce, lb };
}
const { vn, ce, lb } = clients(noRetries);
const retrying = clients(quickRetries);

await step("the server is up, strict, on a MANUAL clock", async () => {
  await control("POST", "reset");
  const health = await control("GET", "health");
  assert.equal(health.status, "ok");
  assert.equal(health.authentication, "STRICT");
  assert.equal(health.clock.mode, "MANUAL", "start the server with --clock manual");
});

await step("strict mode: a key the server never issued answers 401 NotAuthenticated", async () => {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const stranger = new common.SimpleAuthenticationDetailsProvider(
    "ocid1.tenancy.oc1..aaaaaaaastranger", "ocid1.user.oc1..aaaaaaaastranger", "12:34:56:78:90:ab:cd:ef:12:34:56:78:90:ab:cd:ef",
    privateKey.export({ type: "pkcs8", format: "pem" }).toString(), null, common.Region.US_ASHBURN_1);
  const outsider = new core.VirtualNetworkClient({ authenticationDetailsProvider: stranger }, noRetries);
  outsider.endpoint = endpoint;
  await expectError(() => outsider.listVcns({ compartmentId }), 401, "NotAuthenticated");
});

const vcn = await step("createVcn with a retry token; the same token answers the same VCN", async () => {
  const request = {
    createVcnDetails: { compartmentId, cidrBlocks: ["10.0.0.0/16"], displayName: "ts-vcn", dnsLabel: "ts" },
    opcRetryToken: "ts-scenario-vcn-1",
  };
  const first = await vn.createVcn(request);
  const again = await vn.createVcn(request);
  assert.equal(again.vcn.id, first.vcn.id);
  assert.equal(first.vcn.lifecycleState, core.models.Vcn.LifecycleState.Provisioning);
  return first.vcn;
});

await step("the VCN waiter completes once the script advances the virtual clock (2 s)", async () => {
  const before = (await control("GET", "clock")).elapsedMillis;
  const ready = await waitAdvancing(vn.createWaiters(fastPolls).forVcn({ vcnId: vcn.id },
    core.models.Vcn.LifecycleState.Available));
  assert.equal(ready.vcn.lifecycleState, core.models.Vcn.LifecycleState.Available);
  const after = (await control("GET", "clock")).elapsedMillis;
  assert.equal(after - before, 2000, "OCI's typical VCN provisioning time on the virtual clock");
});

await step("etags: a stale if-match answers 412 NoEtagMatch, the current one updates", async () => {
  const current = await vn.getVcn({ vcnId: vcn.id });
  assert.ok(current.etag, "GetVcn carries an etag");
  await expectError(() => vn.updateVcn({ vcnId: vcn.id, ifMatch: "stale", updateVcnDetails: { displayName: "x" } }),
    412, "NoEtagMatch");
  const updated = await vn.updateVcn({ vcnId: vcn.id, ifMatch: current.etag,
    updateVcnDetails: { displayName: "ts-vcn-renamed" } });
  assert.notEqual(updated.etag, current.etag);
});

const gateways = await step("internet and NAT gateways, waited for", async () => {
  const igw = (await vn.createInternetGateway({ createInternetGatewayDetails: {
    compartmentId, vcnId: vcn.id, isEnabled: true, displayName: "ts-igw" } })).internetGateway;
  const nat = (await vn.createNatGateway({ createNatGatewayDetails: {
    compartmentId, vcnId: vcn.id, displayName: "ts-nat" } })).natGateway;
  const waiters = vn.createWaiters(fastPolls);
  await waitAdvancing(waiters.forInternetGateway({ igId: igw.id }, core.models.InternetGateway.LifecycleState.Available));
  await waitAdvancing(waiters.forNatGateway({ natGatewayId: nat.id }, core.models.NatGateway.LifecycleState.Available));
  return { igw, nat };
});

const subnets = await step("subnets for the API endpoint, workers, pods and load balancers", async () => {
  const publicRoutes = (await vn.createRouteTable({ createRouteTableDetails: { compartmentId, vcnId: vcn.id,
    displayName: "ts-public", routeRules: [{ destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK",
      networkEntityId: gateways.igw.id }] } })).routeTable;
  const privateRoutes = (await vn.createRouteTable({ createRouteTableDetails: { compartmentId, vcnId: vcn.id,
    displayName: "ts-private", routeRules: [{ destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK",
      networkEntityId: gateways.nat.id }] } })).routeTable;
  const make = async (name, cidr, isPublic) => (await vn.createSubnet({ createSubnetDetails: {
    compartmentId, vcnId: vcn.id, cidrBlock: cidr, displayName: name, dnsLabel: name.replace(/[^a-z]/g, ""),
    prohibitPublicIpOnVnic: !isPublic, routeTableId: isPublic ? publicRoutes.id : privateRoutes.id } })).subnet;
  const created = {
    api: await make("api", "10.0.0.0/28", false),
    workers: await make("workers", "10.0.4.0/22", false),
    pods: await make("pods", "10.0.32.0/19", false),
    lb: await make("lb", "10.0.1.0/24", true),
  };
  const waiters = vn.createWaiters(fastPolls);
  for (const subnet of Object.values(created)) {
    await waitAdvancing(waiters.forSubnet({ subnetId: subnet.id }, core.models.Subnet.LifecycleState.Available));
  }
  return created;
});

await step("documented errors: an overlapping subnet is refused, a missing VCN is 404", async () => {
  const overlap = await expectError(() => vn.createSubnet({ createSubnetDetails: { compartmentId, vcnId: vcn.id,
    cidrBlock: "10.0.4.0/24", displayName: "overlap" } }), 400, "InvalidParameter");
  assert.match(overlap.message, /overlap/i);
  await expectError(() => vn.getVcn({ vcnId: "ocid1.vcn.oc1.iad.doesnotexist" }), 404, "NotAuthorizedOrNotFound");
  await expectError(() => vn.deleteVcn({ vcnId: vcn.id }), 409, "Conflict");
});

await step("pagination: two subnets a page, followed by opc-next-page", async () => {
  const seen = [];
  let page;
  let pages = 0;
  do {
    const response = await vn.listSubnets({ compartmentId, vcnId: vcn.id, limit: 2, page });
    seen.push(...response.items.map((subnet) => subnet.id));
    page = response.opcNextPage;
    pages++;
  } while (page);
  assert.equal(pages, 2);
  assert.deepEqual(new Set(seen), new Set(Object.values(subnets).map((subnet) => subnet.id)));
});

const cluster = await step("an enhanced OKE cluster with VCN-native pods, waited for on the virtual clock", async () => {
  const response = await ce.createCluster({ createClusterDetails: {
    name: "ts-oke", compartmentId, vcnId: vcn.id, kubernetesVersion: "v1.31.1",
    endpointConfig: { subnetId: subnets.api.id, isPublicIpEnabled: false },
    clusterPodNetworkOptions: [{ cniType: "OCI_VCN_IP_NATIVE" }],
    options: { serviceLbSubnetIds: [subnets.lb.id], kubernetesNetworkConfig: { servicesCidr: "10.96.0.0/16" } },
  } });
  assert.ok(response.opcWorkRequestId, "CreateCluster answers a work request");
  const request = await waitAdvancing(ce.createWaiters(fastPolls).forWorkRequest({
    workRequestId: response.opcWorkRequestId }));
  const clusterId = request.workRequest.resources.find((r) => r.entityType.toLowerCase() === "cluster").identifier;
  const ready = await waitAdvancing(ce.createWaiters(fastPolls).forCluster({ clusterId },
    containerengine.models.ClusterLifecycleState.Active));
  assert.equal(ready.cluster.lifecycleState, containerengine.models.ClusterLifecycleState.Active);
  return ready.cluster;
});

await step("a node pool of two nodes whose pods take addresses from the pod subnet", async () => {
  const response = await ce.createNodePool({ createNodePoolDetails: {
    compartmentId, clusterId: cluster.id, name: "general", kubernetesVersion: "v1.31.1",
    nodeShape: "VM.Standard.E5.Flex", nodeShapeConfig: { ocpus: 2, memoryInGBs: 16 },
    nodeConfigDetails: {
      size: 2,
      placementConfigs: [{ availabilityDomain: "Uocm:US-ASHBURN-AD-1", subnetId: subnets.workers.id }],
      nodePoolPodNetworkOptionDetails: { cniType: "OCI_VCN_IP_NATIVE", podSubnetIds: [subnets.pods.id], maxPodsPerNode: 8 },
    },
  } });
  const request = await waitAdvancing(ce.createWaiters(fastPolls).forWorkRequest({
    workRequestId: response.opcWorkRequestId }));
  const nodePoolId = request.workRequest.resources.find((r) => r.entityType.toLowerCase() === "nodepool").identifier;
  const pool = await waitAdvancing(ce.createWaiters(fastPolls).forNodePool({ nodePoolId },
    containerengine.models.NodePoolLifecycleState.Active));
  assert.equal(pool.nodePool.nodeConfigDetails.size, 2);
});

const balancer = await step("a network load balancer with a listener and a backend set, waited for", async () => {
  const response = await lb.createNetworkLoadBalancer({ createNetworkLoadBalancerDetails: {
    compartmentId, displayName: "ts-shop", subnetId: subnets.lb.id, isPrivate: false,
    backendSets: { nodes: { policy: "FIVE_TUPLE", isPreserveSource: true,
      healthChecker: { protocol: "HTTP", port: 10256, urlPath: "/healthz" } } },
    listeners: { https: { name: "https", defaultBackendSetName: "nodes", port: 443, protocol: "TCP" } },
  } });
  const ready = await waitAdvancing(lb.createWaiters(fastPolls).forNetworkLoadBalancer({
    networkLoadBalancerId: response.networkLoadBalancer.id }, nlb.models.LifecycleState.Active));
  assert.equal(ready.networkLoadBalancer.lifecycleState, nlb.models.LifecycleState.Active);
  return ready.networkLoadBalancer;
});

await step("the NLB, its listener and its backend set carry etags", async () => {
  const whole = await lb.getNetworkLoadBalancer({ networkLoadBalancerId: balancer.id });
  assert.ok(whole.etag, "GetNetworkLoadBalancer answers an etag");
  const listener = await lb.getListener({ networkLoadBalancerId: balancer.id, listenerName: "https" });
  assert.ok(listener.etag, "GetListener answers an etag");
  const backendSet = await lb.getBackendSet({ networkLoadBalancerId: balancer.id, backendSetName: "nodes" });
  assert.ok(backendSet.etag, "GetBackendSet answers an etag");
});

await step("an injected 429 storm: three TooManyRequests, then the SDK's retries get through", async () => {
  for (const nthCall of [1, 2, 3]) {
    await control("POST", "faults", { operation: "listSubnets", nthCall, fault: "TOO_MANY_REQUESTS" });
  }
  const since = (await control("GET", "calls")).calls.at(-1).sequence;
  const response = await retrying.vn.listSubnets({ compartmentId, vcnId: vcn.id });
  assert.equal(response.items.length, 4);
  const calls = (await control("GET", `calls?operation=listSubnets&since=${since}`)).calls;
  assert.deepEqual(calls.map((call) => call.status), [429, 429, 429, 200]);
  assert.equal(calls.at(-1).opcRequestId, response.opcRequestId, "the call log names the SDK's request id");
  await control("DELETE", "faults");
});

await step("a storm the client does not retry reaches it as 429 TooManyRequests", async () => {
  await control("POST", "faults", { operation: "listVcns", everyCall: true, fault: "TOO_MANY_REQUESTS" });
  await expectError(() => vn.listVcns({ compartmentId }), 429, "TooManyRequests");
  await control("DELETE", "faults");
});

await step("the call log tells what the scenario did", async () => {
  const log = await control("GET", "calls");
  assert.equal(log.countsByOperation.createVcn, 2, "the retried create is a call too");
  assert.equal(log.countsByOperation.createNodePool, 1);
  assert.ok(log.calls.every((call) => call.opcRequestId), "every call has a request id");
  const failures = log.calls.filter((call) => call.status >= 400).map((call) => `${call.status} ${call.serviceCode}`);
  assert.ok(failures.includes("412 NoEtagMatch") && failures.includes("409 Conflict"));
});

await step("snapshot, delete the NLB, restore: the NLB is back with its id", async () => {
  await control("POST", "snapshots", { name: "full" });
  await lb.deleteNetworkLoadBalancer({ networkLoadBalancerId: balancer.id });
  await control("POST", "snapshots/full/restore");
  const back = await lb.getNetworkLoadBalancer({ networkLoadBalancerId: balancer.id });
  assert.equal(back.networkLoadBalancer.lifecycleState, nlb.models.LifecycleState.Active);
});

for (const client of [vn, ce, lb, retrying.vn, retrying.ce, retrying.lb]) client.close();
console.log(`scenario: all ${steps} steps held against ${endpoint}`);
