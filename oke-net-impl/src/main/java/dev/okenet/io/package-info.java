/**
 * Model I/O: an {@link dev.okenet.OkeNetwork} as a JSON or YAML document and back, so that
 * networks can live in files and tools in other languages can feed the library. The documented
 * schema (version 1) is on {@link dev.okenet.io.ModelIO}; a document that is not a network is a
 * {@link dev.okenet.io.ModelFormatException} naming the field's path and the fix.
 *
 * <pre>{@code
 * String yaml = ModelIO.toYaml(prod);
 * OkeNetwork again = ModelIO.fromYaml(yaml);   // equal to prod
 * }</pre>
 */
package dev.okenet.io;
