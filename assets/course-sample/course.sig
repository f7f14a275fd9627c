{
  "format": "naskah-signature",
  "formatVersion": 1,
  "signed": "course.json",
  "signatures": [
    {
      "key": "ed25519:gnm3XjE_EeDetSIydLUHR7les5n0ByGJom0yc_787oA",
      "sig": "xAh43N5MvTqEEdESsrx405OqBodYG7K0hfIsR1PrNDtB31TvxH_NdlGmRh8yAcwFNAwN4WgyXMBJNM_d-HNrCA"
    }
  ]
}
