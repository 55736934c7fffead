from typing import Literal

CertificateInputStandard = Literal['ASEANGAP', 'FAIRTRADE', 'GI', 'GLOBALGAP', 'GREEN-OCOP', 'HACCP', 'HALAL', 'ISO22000', 'OCOP', 'ORGANIC', 'OTOP-TCPS', 'OVOP-KH', 'VIETGAP']

CERTIFICATE_INPUT_STANDARD_VALUES: set[CertificateInputStandard] = { 'ASEANGAP', 'FAIRTRADE', 'GI', 'GLOBALGAP', 'GREEN-OCOP', 'HACCP', 'HALAL', 'ISO22000', 'OCOP', 'ORGANIC', 'OTOP-TCPS', 'OVOP-KH', 'VIETGAP',  }

def check_certificate_input_standard(value: str) -> CertificateInputStandard:
    if value in CERTIFICATE_INPUT_STANDARD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CERTIFICATE_INPUT_STANDARD_VALUES!r}")
