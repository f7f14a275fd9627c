{
  "format": "naskah-signature",
  "formatVersion": 1,
  "signed": "course.json",
  "signatures": [
    {
      "key": "ed25519:gnm3XjE_EeDetSIydLUHR7les5n0ByGJom0yc_787oA",
      "sig": "R2tF3BHN8slyK781o2G_7gD7NnhBN3kmMD8VuKYNLqWZT8mxHqsTxaqMPd6nUfVKUvVEDG124AsQ4GW2XWKtBQ"
    }
  ]
}
