"""Pictures the channel kit makes for upload: the profile picture and the coupon picture (QtGui only)."""
