package vn.hanoi.gbv.audit.timeline.domain;

import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The development checkpoint key pair: tests and the local stack only, never a deployment. */
public final class DevCheckpointKey {

    public static final String KEY_ID = "dev-2026";
    public static final String PRIVATE_KEY = "MC4CAQAwBQYDK2VwBCIEIHInl25JgRi4ahtiyzs6RlzDZWcvyuBbOjCZOUR/WSX0";
    public static final String PUBLIC_KEY = "MCowBQYDK2VwAyEAp1PZhqZLlajDLq3edc0dnRJqSRj8SZbF6sul0u5fgfk=";

    public static CheckpointSigner signer() {
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            return new CheckpointSigner(KEY_ID,
                    keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(PRIVATE_KEY))),
                    keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(PUBLIC_KEY))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private DevCheckpointKey() {
    }
}
