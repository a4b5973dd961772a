package org.gelplan.mongo;

/**
 * The embedded store's group commits so far: how many ran and the time they took, each commit
 * writing its chunk and forcing the file to the disk. The benchmark harness reports the difference
 * over a phase: commits per command and the mean time of one.
 */
public record CommitStatistics(long commits, long committingNanos) {

    public CommitStatistics since(CommitStatistics earlier) {
        return new CommitStatistics(commits - earlier.commits, committingNanos - earlier.committingNanos);
    }

    public double meanMillis() {
        return commits == 0 ? 0 : committingNanos / 1e6 / commits;
    }
}
