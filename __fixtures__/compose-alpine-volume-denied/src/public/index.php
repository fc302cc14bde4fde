<?php echo "shop";
