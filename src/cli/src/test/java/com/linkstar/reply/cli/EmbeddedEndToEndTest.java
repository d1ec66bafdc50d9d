package com.linkstar.reply.cli;

import com.linkstar.reply.testsupport.EmbeddedAws;
import com.linkstar.reply.cli.local.LocalRuntime;

/** The end-to-end contract on DynamoDB Local, ElasticMQ and the SNS stand-in, in-process: runs everywhere. */
class EmbeddedEndToEndTest extends EndToEndContract {

    @Override
    protected LocalRuntime startRuntime(java.util.Map<String, String> environment) throws Exception {
        var root = Linkstar.repoRoot();
        return LocalRuntime.start(root, 0, EmbeddedAws.start(root.resolve("template.yaml"), LocalRuntime.STACK), environment);
    }

    @Override
    protected long emailsSentTo(LocalRuntime runtime, String address) {
        return ((EmbeddedAws) runtime.aws()).sns().emails().stream().filter(e -> e.to().contains(address)).count();
    }
}
