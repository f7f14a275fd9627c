{
  "format": "naskah-signature",
  "formatVersion": 1,
  "signed": "course.json",
  "signatures": [
    {
      "key": "ed25519:gnm3XjE_EeDetSIydLUHR7les5n0ByGJom0yc_787oA",
      "sig": "Ep5or3Kr5yhdsUrtBWRyc1y5YCXxtVwFI_U-lbY1lp_74h2dGEDIaDF3eavQgsOtNLrKJbjF342iuFAUStomAg"
    }
  ]
}
