package org.relexcurator.spark;

import java.io.Serializable;

/**
 * One input of a scoring job as the driver found it: the unit that is read on an executor and
 * committed to the output as a whole.
 *
 * @param path the absolute path, which every executor must see
 * @param size its size in bytes (a folder's: the sum of its files')
 * @param sha256 the SHA-256 of its content (a folder's: of its files' names and contents)
 */
public record InputFile(String path, long size, String sha256) implements Serializable {

  private static final long serialVersionUID = 1L;
}
