{
  "format": "naskah-signature",
  "formatVersion": 1,
  "signed": "course.json",
  "signatures": [
    {
      "key": "ed25519:gnm3XjE_EeDetSIydLUHR7les5n0ByGJom0yc_787oA",
      "sig": "Qcm04EjcQjO75f_X6yLGFxPX8aktm3w49lbFAY9-HQ-o5fXpf3yM6CdDX0oLctg_ZSMJ0d2zUOOCLFtpW8yICw"
    }
  ]
}
