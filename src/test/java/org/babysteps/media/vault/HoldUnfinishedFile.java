package org.babysteps.media.vault;

import java.nio.file.Path;

/**
 * A writer in a process of its own for {@link UnfinishedFileTest}: starts an unfinished file beside the path it is
 * given, says where, and holds it until it is killed.
 */
final class HoldUnfinishedFile {

    private HoldUnfinishedFile() {
    }

    public static void main(String[] args) throws Exception {
        UnfinishedFile file = UnfinishedFile.beside(Path.of(args[0]));
        System.out.println(file.path());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
