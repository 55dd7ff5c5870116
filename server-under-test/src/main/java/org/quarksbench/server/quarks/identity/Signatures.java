package org.quarksbench.server.quarks.identity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Ed25519 keys and signatures from the JDK, with keys and signatures as Base64 text. */
public final class Signatures {
  public static final String ALGORITHM = "Ed25519";

  private Signatures() {}

  public static KeyPair generateKeyPair() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate " + ALGORITHM + " keys", e);
    }
  }

  /** Signs {@code data} and returns the signature in Base64. */
  public static String sign(PrivateKey key, byte[] data) {
    try {
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(key);
      signer.update(data);
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " signing failed", e);
    }
  }

  /** Returns whether {@code signatureBase64} is a valid signature of {@code data} by {@code key}; false for malformed input. */
  public static boolean verify(PublicKey key, byte[] data, String signatureBase64) {
    if (signatureBase64 == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(Base64.getDecoder().decode(signatureBase64));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  public static String encodePublicKey(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  public static String encodePrivateKey(PrivateKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** Decodes an X.509 Base64 public key; throws IllegalArgumentException naming the problem. */
  public static PublicKey decodePublicKey(String base64) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not a Base64 X.509 " + ALGORITHM + " public key: " + e.getMessage(), e);
    }
  }

  public static PrivateKey decodePrivateKey(String base64) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not a Base64 PKCS#8 " + ALGORITHM + " private key: " + e.getMessage(), e);
    }
  }
}
