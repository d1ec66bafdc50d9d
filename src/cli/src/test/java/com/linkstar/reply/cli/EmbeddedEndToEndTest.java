package com.linkstar.reply.cli;

import com.linkstar.reply.testsupport.EmbeddedAws;
import com.linkstar.reply.cli.local.LocalRuntime;

/** The end-to-end contract on DynamoDB Local, ElasticMQ and the SNS stand-in, in-process: runs everywhere. */
class EmbeddedEndToEndTest extends EndToEndContract {

    @Override
    protected LocalRuntime startRuntime() throws Exception {
        return LocalRuntime.start(Linkstar.repoRoot(), 0);
    }

    @Override
    protected long emailsSentTo(LocalRuntime runtime, String address) {
        return ((EmbeddedAws) runtime.aws()).sns().emails().stream().filter(e -> e.to().contains(address)).count();
    }
}
