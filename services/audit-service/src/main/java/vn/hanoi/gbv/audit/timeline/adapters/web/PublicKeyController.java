package vn.hanoi.gbv.audit.timeline.adapters.web;

import java.util.Base64;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.audit.timeline.domain.CheckpointSigner;

/**
 * The key that checks checkpoint signatures. Not secret, and useful to whoever keeps a copy of the checkpoint
 * topic, so any signed-in caller may read it (the platform admits no anonymous call). Better still, an auditor
 * records it once out of band and compares.
 */
@RestController
class PublicKeyController {

    private final CheckpointSigner signer;

    PublicKeyController(CheckpointSigner signer) {
        this.signer = signer;
    }

    @GetMapping(path = "/api/audit/public-key", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicKeyView publicKey() {
        return new PublicKeyView(signer.keyId(), CheckpointSigner.ALGORITHM, "X.509",
                Base64.getEncoder().encodeToString(signer.publicKey().getEncoded()));
    }

    record PublicKeyView(String keyId, String algorithm, String format, String publicKey) {
    }
}
