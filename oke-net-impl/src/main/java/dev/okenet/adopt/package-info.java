/**
 * Import and audit an existing OKE network, then adopt it: {@link dev.okenet.adopt.NetworkImporter}
 * reads a live VCN and its cluster into an {@link dev.okenet.OkeNetwork} that references every
 * existing resource by OCID and keeps rules as found; {@link dev.okenet.adopt.ImportedNetwork#audit()}
 * validates it, plans capacity against the live pod-subnet use and audits internet ingress;
 * {@link dev.okenet.adopt.ImportedNetwork#toYaml()} / {@link dev.okenet.adopt.JavaDsl} emit the model
 * to check in, and {@link dev.okenet.adopt.AdoptionPlan} tags the existing resources so that the
 * provider owns them.
 *
 * <pre>{@code
 * ImportedNetwork imported = NetworkImporter.builder().virtualNetwork(vn).containerEngine(ce).name("prod").build()
 *     .importVcn(compartmentId, vcnId);
 * System.out.println(imported.audit().render());
 * Files.writeString(Path.of("prod.yaml"), imported.toYaml());
 * imported.planAdoption().apply(vn, ce);
 * }</pre>
 */
package dev.okenet.adopt;
