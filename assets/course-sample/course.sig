{
  "format": "naskah-signature",
  "formatVersion": 1,
  "signed": "course.json",
  "signatures": [
    {
      "key": "ed25519:gnm3XjE_EeDetSIydLUHR7les5n0ByGJom0yc_787oA",
      "sig": "lfHNEnGHM6vVx53IUHUpGhY5YUly6Npgk4a4Ej7nCDUuoHtLH8Egq-t8gKf7GwVpzcn-O9i1u0W4MluaJy4HCg"
    }
  ]
}
